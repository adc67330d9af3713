package io.polylink.eval.elevant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.Annotation;
import io.polylink.eval.metrics.Prf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 15: ELEVANT's newer benchmarks ({@code news-fair}, {@code wiki-fair}) give labels an empty or null
 * {@code entity_id} where the annotators named no entity, and article ids past the int range; the reader refused
 * the whole file. The fixture ({@code src/test/resources/elevant/fair-shaped.linked_articles.jsonl}, written for this
 * test) is shaped like such a file with predictions: an empty id, a null id as the root of a nested label, the old
 * {@code Unknown1} marker, a coreference label with an empty id, an optional label with an empty id, a DATETIME label.
 */
class ElevantFairBenchmarksTest {

  static final Path FIXTURE = Path.of("src/test/resources/elevant/fair-shaped.linked_articles.jsonl");

  @TempDir Path tmp;

  @Test
  void emptyAndNullEntityIdsAreUnknownEntities() {
    List<ElevantArticle> articles = ElevantReader.read(FIXTURE);
    assertEquals(List.of(20231104117L, 20231104118L), articles.stream().map(ElevantArticle::id).toList());
    List<ElevantLabel> labels = articles.get(0).labels();
    assertEquals(List.of("<NIL>", "Q30185", "Unknown1", "<NIL>", "Q99990001", "Q585", "QDATETIME", "<NIL>"),
        labels.stream().map(ElevantLabel::entityId).toList());
    assertEquals(List.of(false, true, false, false, true, true, false, false),
        labels.stream().map(ElevantLabel::isKnown).toList());
    assertTrue(ElevantIds.isUnknown("") && ElevantIds.isUnknown(" ") && ElevantIds.isUnknown(null));
  }

  @Test
  void scoredAsElevantScoresUnknownLabels() {
    // IGNORED: TP Oslo and the NIL root "Acme Rail chiefs" whose child is linked right; FP Tarnby (an entity for an
    // unknown label), "line" (no label), "Ola Berg" (an entity for an optional unknown label); FN "mayor". The
    // unknown labels Maren Holt and "She" (coreference) neither count nor are missed.
    // REQUIRED: TP also Maren Holt (NIL for an unknown label); FP also "open" (NIL on no label); FN also Tarnby
    // (its entity is wrong) and the unlinked "She". "Friday" (DATETIME) is optional and unpredicted: nothing.
    Map<ElevantScorer.Mode, Prf> scores = ElevantScorer.score(ElevantReader.read(FIXTURE));
    assertEquals(new Prf(2, 3, 1), scores.get(ElevantScorer.Mode.IGNORED));
    assertEquals(new Prf(3, 4, 3), scores.get(ElevantScorer.Mode.REQUIRED));
  }

  @Test
  void theGenericViewReadsThemAsNil() {
    List<ElevantArticle> articles = ElevantReader.read(FIXTURE);
    List<Annotation> gold = ElevantDatasets.gold("fair", articles).documents().get(0).gold();
    assertEquals("20231104117", ElevantDatasets.gold("fair", articles).documents().get(0).id());
    assertNull(gold.get(0).entity(), "Maren Holt: empty id");
    assertNull(gold.stream().filter(a -> a.span().start() == 37).findFirst().orElseThrow().entity(),
        "Acme Rail chiefs: null id");
  }

  @Test
  void aPredictionWithAnEmptyIdIsNil() throws Exception {
    Path f = tmp.resolve("p.linked_articles.jsonl");
    Files.writeString(f, "{\"id\": 1, \"text\": \"Ola Berg wrote it.\", \"labels\": [{\"id\": 0, \"span\": [0, 8],"
        + " \"entity_id\": \"\"}], \"entity_mentions\": [{\"span\": [0, 8], \"id\": \"\"}]}\n");
    Map<ElevantScorer.Mode, Prf> scores = ElevantScorer.score(ElevantReader.read(f));
    assertEquals(Prf.ZERO, scores.get(ElevantScorer.Mode.IGNORED));
    assertEquals(new Prf(1, 0, 0), scores.get(ElevantScorer.Mode.REQUIRED));
    assertNull(ElevantDatasets.predictions(ElevantReader.read(f)).get(0).get(0).entity());
  }
}
