package io.polylink.redact.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sorted index answers as a scan of every detection would, after removals and additions too. */
class SortedDetectionsTest {

  private static final Comparator<Detection> ORDER =
      Comparator.comparingInt(Detection::start).thenComparingInt(Detection::end).thenComparing(Detection::type);

  @Test
  void overlapsRemovalsAndAdditionsMatchAFullScan() {
    Random rnd = new Random(7);
    String[] types = {PiiTypes.PERSON, PiiTypes.ORGANIZATION, PiiTypes.STREET_ADDRESS};
    for (int round = 0; round < 200; round++) {
      List<Detection> all = new ArrayList<>();
      for (int i = 0; i < rnd.nextInt(40); i++) {
        int s = rnd.nextInt(500);
        all.add(new Detection(types[rnd.nextInt(3)], s, s + 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 200 : 15), 0.8,
            "t"));
      }
      SortedDetections index = new SortedDetections(all);
      List<Detection> live = new ArrayList<>(all);
      for (int q = 0; q < 30; q++) {
        int s = rnd.nextInt(520);
        int e = s + 1 + rnd.nextInt(30);
        List<Detection> expected = live.stream().filter(d -> d.start() < e && s < d.end()).sorted(ORDER).toList();
        assertEquals(expected, index.overlapping(s, e).stream().sorted(ORDER).toList(), "round " + round);
        assertEquals(all.stream().anyMatch(d -> d.start() < e && s < d.end() && d.type().equals(PiiTypes.PERSON)),
            index.anyGiven(s, e, d -> d.type().equals(PiiTypes.PERSON)));
        switch (rnd.nextInt(3)) {
          case 0 -> {
            index.removeOverlapping(s, e, d -> d.type().equals(PiiTypes.PERSON));
            live.removeIf(d -> d.start() < e && s < d.end() && d.type().equals(PiiTypes.PERSON));
          }
          case 1 -> {
            Detection d = new Detection(PiiTypes.ORGANIZATION, s, e, 0.7, "added");
            index.add(d);
            live.add(d);
          }
          default -> { }
        }
      }
      assertEquals(live.stream().sorted(ORDER).toList(), index.result().stream().sorted(ORDER).toList());
      List<Detection> result = index.result();
      for (int i = 1; i < result.size(); i++) {
        assertEquals(true, result.get(i - 1).start() <= result.get(i).start(), "sorted by start");
      }
    }
  }
}
