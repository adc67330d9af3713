package io.polylink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discover} then {@code kb add}: unknown names become entities the next {@code link} finds. */
class DiscoverCommandTest {

  @TempDir Path tmp;
  private Path kb() throws Exception {
    CliTest.jsonlKb(tmp, "{\"id\":\"Q64\",\"names\":{\"de\":\"Berlin\"},\"popularity\":250,\"type\":\"LOC\"}\n"
        + "{\"id\":\"Q72\",\"names\":{\"de\":\"Zürich\"},\"popularity\":200,\"type\":\"LOC\"}\n");
    return tmp.resolve("kb");
  }

  private static List<JsonNode> lines(Path p) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p)) {
      out.add(CliTest.JSON.readTree(l));
    }
    return out;
  }

  @Test
  void discoveredEntitiesAreAddedAndLinked() throws Exception {
    Path kb = kb();
    Path batch1 = tmp.resolve("b1.jsonl");
    Files.writeString(batch1, String.join("\n",
        "{\"id\":\"a1\",\"text\":\"Die Weberling Maschinenfabrik in Zürich baut neue Turbinen.\",\"language\":\"de\"}",
        "{\"id\":\"a2\",\"text\":\"In Berlin lobte man die Turbinen der Weberling Maschinenfabrik.\",\"language\":\"de\"}",
        "{\"id\":\"a3\",\"text\":\"Herr Hanspeter Kellerhals sprach in Berlin.\",\"language\":\"de\"}", ""));
    Path state = tmp.resolve("state.json");
    Path props = tmp.resolve("p1.jsonl");
    CliTest.Result d = CliTest.run("discover", "--kb", kb.toString(), "--input", batch1.toString(), "--out", props.toString(),
        "--state", state.toString());
    assertEquals(0, d.code(), d.err());
    List<JsonNode> p1 = lines(props);
    assertEquals(1, p1.size(), "only the name seen twice is proposed: " + p1);
    JsonNode w = p1.get(0);
    assertEquals("new:weberling-maschinenfabrik", w.get("id").asText());
    assertEquals("Weberling Maschinenfabrik", w.at("/names/de/0").asText());
    assertEquals(2, w.get("mentions").asInt());
    assertEquals("new", w.get("status").asText());
    assertTrue(w.get("contexts").size() == 2 && w.get("context_words").toString().contains("turbinen"), w.toString());

    // a second batch joins the saved clusters: the single Kellerhals mention of batch 1 now has a second one
    Path batch2 = tmp.resolve("b2.txt");
    Files.writeString(batch2, "Hanspeter Kellerhals, Direktor der Weberling Maschinenfabrik, reiste nach Berlin.");
    Path props2 = tmp.resolve("p2.jsonl");
    d = CliTest.run("discover", "--kb", kb.toString(), "--input", batch2.toString(), "--out", props2.toString(), "--state",
        state.toString(), "--language", "de");
    assertEquals(0, d.code(), d.err());
    List<JsonNode> p2 = lines(props2);
    assertEquals(2, p2.size(), p2.toString());
    JsonNode grown = p2.stream().filter(x -> x.get("id").asText().equals("new:weberling-maschinenfabrik")).findFirst()
        .orElseThrow();
    assertEquals("grown", grown.get("status").asText());
    assertEquals(3, grown.get("mentions").asInt());
    JsonNode kellerhals = p2.stream().filter(x -> x.get("id").asText().equals("new:hanspeter-kellerhals"))
        .findFirst().orElseThrow();
    assertEquals("new", kellerhals.get("status").asText(), "first proposed now that it has two mentions");
    assertEquals("PER", kellerhals.get("type").asText(), "'Herr' before it");

    CliTest.Result a = CliTest.run("kb", "add", "--kb", kb.toString(), "--input", props.toString());
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().contains("1 entities added") && a.out().contains("1 new"), a.out());
    a = CliTest.run("kb", "add", "--kb", kb.toString(), "--input", props2.toString());
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().contains("1 new, 1 replaced"), a.out());

    CliTest.Result l = CliTest.run("link", "--kb", kb.toString(), "--language", "de",
        "Die Weberling Maschinenfabrik liefert Turbinen an Hanspeter Kellerhals in Zürich.");
    assertEquals(0, l.code(), l.err());
    JsonNode doc = CliTest.JSON.readTree(l.out());
    List<String> ids = new ArrayList<>();
    doc.get("mentions").forEach(m -> ids.add(m.get("id").asText()));
    assertEquals(List.of("new:weberling-maschinenfabrik", "new:hanspeter-kellerhals", "Q72"), ids);
    CliTest.Result info = CliTest.run("kb", "info", "--kb", kb.toString());
    assertEquals(2, CliTest.JSON.readTree(info.out()).get("liveEntities").asInt());
  }

  @Test
  void badInputGetsOneLineErrors() throws Exception {
    Path kb = kb();
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"new:x\",\"names\":{\"de\":[\"X Y\"]}}\n{\"id\":\"new:z\",\"names\":3}\n");
    CliTest.Result r = CliTest.run("kb", "add", "--kb", kb.toString(), "--input", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("polylink: error: ") && r.err().contains("bad.jsonl:2"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    CliTest.Result info = CliTest.run("kb", "info", "--kb", kb.toString());
    assertEquals(0, CliTest.JSON.readTree(info.out()).get("liveEntities").asInt(), "nothing of a bad file is added");

    Path notKb = tmp.resolve("nokb");
    Files.createDirectories(notKb);
    Path good = tmp.resolve("good.jsonl");
    Files.writeString(good, "{\"id\":\"new:x\",\"names\":{\"de\":[\"X Y\"]}}\n");
    r = CliTest.run("kb", "add", "--kb", notKb.toString(), "--input", good.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("not a KB") || r.err().contains("no CURRENT"), r.err());

    Path state = tmp.resolve("state.json");
    Files.writeString(state, "{\"hello\":1}");
    Path corpus = tmp.resolve("c.txt");
    Files.writeString(corpus, "Die Weberling Maschinenfabrik.");
    r = CliTest.run("discover", "--kb", kb.toString(), "--input", corpus.toString(), "--out", tmp.resolve("o.jsonl")
        .toString(), "--state", state.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("not a discovery state"), r.err());
    assertFalse(Files.exists(tmp.resolve("o.jsonl")));
  }
}
