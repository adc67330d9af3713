package io.polylink.eval.elevant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Proof that our ELEVANT scoring reproduces ELEVANT's stored eval_results.json for every system and benchmark. */
@Tag("data")
class ElevantReproductionTest {

  @Test
  void everyStoredRunReproducesWithinOneHundredth() {
    List<ElevantReproduction.Row> rows = ElevantReproduction.run(TestData.dir().resolve("elevant"));
    System.out.println(ElevantReproduction.table(rows));
    // 8 systems x 9 benchmarks, SpEL without the 4 OKE runs = 68 runs, two modes each.
    assertEquals(136, rows.size());
    for (ElevantReproduction.Row r : rows) {
      assertTrue(Math.abs(r.delta()) <= 0.01, () -> r.system() + " " + r.benchmark() + " " + r.mode() + ": ours "
          + r.ours().f1() + " vs ELEVANT " + r.theirs().f1());
      // The counts reproduce exactly too, which is the stronger claim.
      assertEquals(r.theirs().counts(), r.ours(), r.system() + " " + r.benchmark() + " " + r.mode());
    }
  }
}
