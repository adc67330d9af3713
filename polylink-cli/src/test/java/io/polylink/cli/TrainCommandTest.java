package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.link.rank.RankerModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polylink train} on a tiny corpus in the PPRforNED candidate-file format. */
class TrainCommandTest {

  @TempDir
  Path tmp;

  /** Documents where "Paris" means the city unless a Texas mention's candidate links the Texan town. */
  private Path corpus(String name, int docs) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (int d = 1; d <= docs; d++) {
      boolean texas = d % 3 == 0;
      StringBuilder b = new StringBuilder();
      String gold = texas ? "Paris,_Texas" : "Paris";
      b.append("ENTITY\ttext:Paris\tnormalName:paris\tpredictedType:UNK\tq:true\tqid:Q1\tdocId:").append(d)
          .append("\torigText:Paris\turl:http://en.wikipedia.org/wiki/").append(gold).append('\n');
      b.append("CANDIDATE\tid:1\tinCount:5000\toutCount:10\tlinks:3\turl:http://en.wikipedia.org/wiki/Paris\t"
          + "name:Paris\tnormalName:paris\tnormalWikiTitle:paris\tpredictedType:GPE\t\n");
      b.append("CANDIDATE\tid:2\tinCount:80\toutCount:10\tlinks:4\turl:http://en.wikipedia.org/wiki/Paris,_Texas\t"
          + "name:Paris, Texas\tnormalName:paris-texas\tnormalWikiTitle:paris-texas\tpredictedType:GPE\t\n");
      String ctx = texas ? "Texas" : "France";
      b.append("ENTITY\ttext:").append(ctx).append("\tnormalName:x\tpredictedType:UNK\tq:true\tqid:Q2\tdocId:")
          .append(d).append("\torigText:x\turl:http://en.wikipedia.org/wiki/").append(ctx).append('\n');
      b.append("CANDIDATE\tid:").append(texas ? 4 : 3).append("\tinCount:900\toutCount:10\tlinks:\turl:")
          .append("http://en.wikipedia.org/wiki/").append(ctx).append("\tname:").append(ctx)
          .append("\tnormalName:x\tnormalWikiTitle:x\tpredictedType:GPE\t\n");
      Files.writeString(dir.resolve(Integer.toString(d)), b.toString());
    }
    return dir;
  }

  @Test
  void trainsWritesAModelAndScoresIt() throws IOException {
    Path train = corpus("train", 30);
    Path test = corpus("testa", 9);
    Path model = tmp.resolve("m.tsv");
    CliTest.Result r = CliTest.run("train", "--dataset", train.toString(), "--out", model.toString(), "--trees", "5",
        "--folds", "3", "--evaluate", test.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("micro accuracy 1.0000"), r.out());
    RankerModel m = RankerModel.read(model);
    assertEquals(2, m.stages());
    assertTrue(m.meta().get("trained_on").contains("PPRforNED"));
  }

  @Test
  void badArgumentsAreOneLine() throws IOException {
    CliTest.Result r = CliTest.run("train", "--dataset", tmp.resolve("missing").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("is not a folder of PPRforNED files"), r.err());
    r = CliTest.run("train", "--dataset", corpus("t", 3).toString(), "--without", "colour");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown feature group 'colour'"), r.err());
    r = CliTest.run("train", "--dataset", corpus("u", 3).toString(), "--ablation");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--ablation needs --evaluate"), r.err());
    r = CliTest.run("train", "--dataset", corpus("v", 3).toString(), "--ppr-kb", tmp.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--ppr-kb needs --dataset (PPRforNED) and --with-elevant"), r.err());
    r = CliTest.run("train", "--dataset", corpus("w", 3).toString(), "--ppr-kb-share", "1.5");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--ppr-kb-share must be in [0, 1]"), r.err());
  }
}
