package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.model.EntityType;
import io.polylink.model.Link;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * German capitalizes every noun: a capitalized word after an article or determiner ("der Zeuge", "einem bösen
 * Zeugen") is a noun, not a name, though some page of the KB is titled so; a name the KB labels in German keeps its
 * article ("die Schweiz"). With the Wikipedia KB such nouns were most of the false mentions on HIPE-2022's German dev
 * files.
 */
class GermanNounsTest {

  @RegisterExtension static final OpenKb KB = OpenKb.goldenWith(
      TestKbs.e("Q100", 40, EntityType.OTHER, "German television series", Map.of(), "en", "Zeuge"),
      TestKbs.e("Q39", 200, EntityType.LOCATION, "country in Central Europe", Map.of(), "en", "Switzerland",
          "de", "Schweiz"));

  static List<String> linked(String text, String language) {
    return KB.windowLinks(text, language).stream().filter(l -> !l.isNil())
        .map(l -> l.mention().surface() + "=" + l.entity().value()).toList();
  }

  @Test
  void aCapitalizedWordAfterAnArticleIsANounInGerman() {
    assertEquals(List.of("Schweiz=Q39"), linked("Gestern sagte der Zeuge in der Schweiz aus.", "de"),
        "'der Zeuge' is a noun; 'der Schweiz' is the KB's German label");
    assertEquals(List.of("Schweiz=Q39"), linked("Gestern sagte ein alter Zeuge in der Schweiz aus.", "de"),
        "an inflected adjective between article and noun");
    assertTrue(linked("Gestern sagte Zeuge in der Schweiz aus.", "de").contains("Zeuge=Q100"),
        "without an article the word may be a name");
  }

  @Test
  void otherLanguagesKeepTheirRules() {
    List<Link> english = KB.windowLinks("Yesterday the Zeuge spoke in Switzerland.", "en");
    assertTrue(english.stream().anyMatch(l -> l.mention().surface().contains("Zeuge")),
        "English does not capitalize nouns: a capitalized word after 'the' is still spotted: " + english);
  }
}
