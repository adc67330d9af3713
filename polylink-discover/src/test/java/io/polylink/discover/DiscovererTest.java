package io.polylink.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.Document;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscovererTest {

  @TempDir Path tmp;

  /** The mention of {@code name} in {@code text} (first occurrence). */
  static NilMention mention(String doc, String text, String name) {
    int start = text.indexOf(name);
    Span span = new Span(text.codePointCount(0, start), text.codePointCount(0, start + name.length()));
    return NilMention.at(new Document(doc, text, Language.of("de")), List.of(span), 20).get(0);
  }

  @Test
  void mentionsCarryNameContextAndTypeCues() {
    NilMention m = mention("d1", "Gestern sprach Herr Hanspeter Kellerhals in der Turnhalle von Uster.",
        "Hanspeter Kellerhals");
    assertEquals("hanspeter kellerhals", m.key());
    assertEquals(EntityType.PERSON, m.typeGuess());
    assertTrue(m.contextWords().containsAll(List.of("gestern", "sprach", "turnhalle", "uster")), m.contextWords().toString());
    assertTrue(!m.contextWords().contains("der") && !m.contextWords().contains("kellerhals"), "no function words, not the name");
    assertEquals(EntityType.ORGANIZATION, mention("d", "Die Weberling AG baut.", "Weberling AG").typeGuess());
    assertEquals(EntityType.LOCATION, mention("d", "Er reiste nach Oberwinterthal gestern.", "Oberwinterthal").typeGuess());
  }

  @Test
  void sameAndPartialAndMisspelledNamesJoinDifferentNamesDoNot() {
    Discoverer d = Discoverer.create(DiscoveryConfig.defaults());
    String a = d.add(mention("d1", "Herr Hanspeter Kellerhals sprach in Uster über Turbinen.", "Hanspeter Kellerhals"));
    String b = d.add(mention("d2", "Kellerhals sprach erneut über Turbinen in Uster.", "Kellerhals"));
    String c = d.add(mention("d3", "Herr Hanspeter Kelerhals lobte die Turbinen.", "Hanspeter Kelerhals"));
    String e = d.add(mention("d4", "Die Weberling AG liefert Turbinen.", "Weberling AG"));
    assertEquals(a, b, "a family name alone joins the full name");
    assertEquals(a, c, "an OCR variant joins");
    assertNotEquals(a, e);
    assertEquals("new:hanspeter-kellerhals", a);
    assertEquals(2, d.clusterCount());
    assertEquals(4, d.mentionCount());
  }

  @Test
  void contextAndTypeSeparateNamesakesAboveTheThreshold() {
    DiscoveryConfig strict = DiscoveryConfig.defaults().withThreshold(0.75);
    Discoverer d = Discoverer.create(strict);
    String a = d.add(mention("d1", "Die Brauerei Zellweger in Uster braut Bier aus Gerste und Hopfen.", "Zellweger"));
    String b = d.add(mention("d2", "Bier aus Gerste braut Zellweger seit Jahren in Uster.", "Zellweger"));
    String c = d.add(mention("d3", "Der Geiger Zellweger spielte Mozart im Konzertsaal mit Orchester.", "Zellweger"));
    assertEquals(a, b, "same name, shared context words");
    assertNotEquals(a, c, "same name, nothing in common: a namesake at this threshold");
    assertTrue(c.startsWith("new:zellweger-"), c);
  }

  @Test
  void stateRoundTripsAndANewBatchJoinsItsClusters() throws IOException {
    Path state = tmp.resolve("state.json");
    Discoverer first = Discoverer.load(state, null);
    String id = first.add(mention("d1", "Die Weberling Maschinenfabrik baut Turbinen.", "Weberling Maschinenfabrik"));
    first.add(mention("d2", "Herr Kellerhals sprach.", "Kellerhals"));
    assertTrue(first.proposals(true).isEmpty(), "single mentions are not proposed (min 2)");
    first.save(state);

    Discoverer second = Discoverer.load(state, null);
    assertEquals(2, second.clusterCount());
    assertEquals(id, second.add(mention("d3", "Turbinen der Weberling Maschinenfabrik.", "Weberling Maschinenfabrik")));
    List<Proposal> p = second.proposals(true);
    assertEquals(1, p.size());
    assertEquals("new", p.get(0).status());
    assertEquals(2, p.get(0).mentions());
    assertEquals(2, p.get(0).documents());
    assertTrue(p.get(0).contextWords().contains("turbinen"));
    assertEquals("Weberling Maschinenfabrik", p.get(0).toAddition().entity().label("de"));
    assertEquals(2, p.get(0).toAddition().entity().popularity());
    second.save(state);
    Discoverer third = Discoverer.load(state, null);
    third.add(mention("d4", "Weberling Maschinenfabrik wächst.", "Weberling Maschinenfabrik"));
    assertEquals("grown", third.proposals(true).get(0).status());

    Files.writeString(state, "{\"format\":\"something-else\"}");
    assertThrows(IOException.class, () -> Discoverer.load(state, null));
  }

  @Test
  void newIdsAvoidTakenOnes() {
    Discoverer d = Discoverer.create(null).avoidIds(id -> id.equals("new:weberling-ag"));
    assertEquals("new:weberling-ag-2", d.add(mention("d1", "Die Weberling AG baut.", "Weberling AG")));
  }

  @Test
  void proposalsRoundTripThroughJson() throws IOException {
    Discoverer d = Discoverer.create(DiscoveryConfig.defaults().withMinMentions(1));
    d.add(mention("d1", "Die Weberling AG baut Turbinen.", "Weberling AG"));
    Path f = tmp.resolve("p.jsonl");
    Proposal.write(d.proposals(false), f);
    List<Proposal> back = Proposal.read(f);
    assertEquals(d.proposals(false), back);
    Files.writeString(f, "{\"id\":\"new:x\"}\n");
    IOException e = assertThrows(IOException.class, () -> Proposal.read(f));
    assertTrue(e.getMessage().contains("p.jsonl:1") && e.getMessage().contains("names"), e.getMessage());
  }
}
