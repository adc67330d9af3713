package io.polylink.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --task nil} without predictions: Polylink against the train split's entities, NIL mentions clustered. */
class NilBaselineTest {

  @TempDir Path tmp;

  private static final String HEAD = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\t"
      + "NE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n";

  private static String tok(String token, String tag, String nel) {
    return token + "\t" + tag + "\tO\t_\t_\t_\t_\t" + nel + "\t_\t_\n";
  }

  @Test
  void unseenEntitiesAreClusteredByName() throws Exception {
    Path train = tmp.resolve("hipe-train-de.tsv");
    Files.writeString(train, HEAD + "# hipe2022:document_id = t1\n# hipe2022:language = de\n"
        + tok("Bern", "B-loc", "Q70") + tok("und", "O", "_") + tok("Zürich", "B-loc", "Q72") + tok("tagen", "O", "_"));
    Path dev = tmp.resolve("hipe-dev-de.tsv");
    Files.writeString(dev, HEAD + "# hipe2022:document_id = d1\n# hipe2022:language = de\n"
        + tok("Die", "O", "_") + tok("Weberling", "B-org", "Q901") + tok("AG", "I-org", "Q901") + tok("baut", "O", "_")
        + tok("in", "O", "_") + tok("Bern", "B-loc", "Q70") + tok("und", "O", "_") + tok("Hanspeter", "B-pers", "Q902")
        + tok("Kellerhals", "I-pers", "Q902") + tok("lobt", "O", "_") + tok("die", "O", "_")
        + tok("Weberling", "B-org", "Q901") + tok("AG", "I-org", "Q901") + tok(".", "O", "_"));
    String previous = System.getProperty("polylink.kb.cache");
    System.setProperty("polylink.kb.cache", tmp.resolve("cache").toString());
    try {
      ObjectNode r = new EvalRunner(null).run(new EvalRequest("nil", "hipe", dev, null, null, null, train, "string-clusters"));
      assertEquals("polylink-string-clusters", r.get("system").asText());
      assertEquals(3, r.get("n").asInt(), "three mentions of two entities absent from train");
      assertEquals(2, r.get("unseen_entities").asInt());
      assertEquals(1.0, r.at("/bcubed/f1").asDouble(), 1e-9, r.toString());
      assertTrue(r.has("ceafe") && r.has("muc"));
    } finally {
      if (previous == null) {
        System.clearProperty("polylink.kb.cache");
      } else {
        System.setProperty("polylink.kb.cache", previous);
      }
    }
  }
}
