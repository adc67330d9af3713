package io.polylink.eval.polylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.eval.Format;
import io.polylink.link.tagger.TaggedSpan;
import io.polylink.link.tagger.TrainingText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: what the mention detector trains on. */
class MentionTrainingTest {

  private static String surface(TrainingText t, TaggedSpan s) {
    return t.text().substring(s.start(), s.end()) + "/" + s.type();
  }

  /** English training text: ELEVANT's benchmarks, their names only, beside HIPE files of the same training set. */
  @Test
  void elevantJsonlTrainsOnItsNamesWithCoarseTypes(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("tiny.benchmark.jsonl");
    Files.writeString(jsonl, "{\"id\": 0, \"text\": \"Steve Jobs left Apple; he was its assistant professor.\", "
        + "\"labels\": [{\"id\": 0, \"span\": [0, 10], \"entity_id\": \"Q19837\", \"type\": \"Q215627\"}, "
        + "{\"id\": 1, \"span\": [16, 21], \"entity_id\": \"Q312\", \"type\": \"Q2424752|Q43229\"}, "
        + "{\"id\": 2, \"span\": [23, 25], \"entity_id\": \"Q19837\", \"type\": \"Q215627\"}, "
        + "{\"id\": 3, \"span\": [34, 53], \"entity_id\": \"Q1\", \"type\": \"OTHER\"}]}\n", StandardCharsets.UTF_8);
    List<TrainingText> docs = MentionTraining.texts(Format.HIPE, List.of(jsonl));
    assertEquals(1, docs.size());
    TrainingText t = docs.get(0);
    assertEquals(List.of("Steve Jobs/pers", "Apple/org"), t.spans().stream().map(s -> surface(t, s)).toList(),
        "'he' and 'assistant professor' are no names");
  }

  @Test
  void elevantTypesBecomeCoarseLabels() {
    assertEquals("pers", MentionTraining.elevantType("Q215627"));
    assertEquals("loc", MentionTraining.elevantType("Q27096213|Q43229"));
    assertEquals("org", MentionTraining.elevantType("Q2424752|Q43229"));
    assertEquals("prod", MentionTraining.elevantType("Q2424752"));
    assertEquals(MentionTraining.UNTYPED, MentionTraining.elevantType("OTHER"));
  }

  /**
   * newseye-dev2-de holds 5 pages (12,612 tokens) nobody annotated: their names, tagged O, would teach the detector that
   * names are no mentions. A document without a single mention is left out of training.
   */
  @Test
  void aDocumentWithoutMentionsIsNoTrainingText(@TempDir Path dir) throws Exception {
    String header = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\t"
        + "NEL-LIT\tNEL-METO\tMISC\n";
    String annotated = "# hipe2022:document_id = d1\n# hipe2022:language = de\n"
        + "Herr\tO\t_\tO\t_\t_\tO\t_\t_\t_\nMeier\tB-pers\t_\tO\t_\t_\tO\tNIL\t_\t_\n"
        + "kam\tO\t_\tO\t_\t_\tO\t_\t_\t_\n";
    String unannotated = "# hipe2022:document_id = d2\n# hipe2022:language = de\n"
        + "Herr\tO\t_\tO\t_\t_\tO\t_\t_\t_\nSchulze\tO\t_\tO\t_\t_\tO\t_\t_\t_\n"
        + "kam\tO\t_\tO\t_\t_\tO\t_\t_\t_\n";
    Path tsv = dir.resolve("t.tsv");
    Files.writeString(tsv, header + annotated + unannotated, StandardCharsets.UTF_8);
    List<TrainingText> docs = MentionTraining.texts(Format.HIPE, List.of(tsv));
    assertEquals(List.of("d1"), docs.stream().map(TrainingText::id).toList());
  }
}
