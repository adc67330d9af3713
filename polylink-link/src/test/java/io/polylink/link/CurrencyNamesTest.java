package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polylink.model.Document;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Currencies are written in lower case in running text ("the euro", "el peso argentino"): the demo missed them. */
class CurrencyNamesTest {

  @RegisterExtension static final OpenKb KB = OpenKb.goldenWith(
      new Entity(EntityId.of("iso4217:EUR"), Map.of("en", "Euro", "es", "euro", "de", "Euro"), Map.of(), Map.of(),
          Map.of(), 900, EntityType.CURRENCY),
      new Entity(EntityId.of("iso4217:ARS"), Map.of("en", "Argentine Peso", "es", "peso argentino"), Map.of(),
          Map.of(), Map.of(), 300, EntityType.CURRENCY),
      new Entity(EntityId.of("wd:Q1"), Map.of("en", "peso", "es", "peso"), Map.of(), Map.of(), Map.of(), 50,
          EntityType.OTHER));

  static List<String> linked(String text, String language) {
    return KB.linker().link(new Document("", text, Language.of(language))).links().stream().filter(l -> !l.isNil())
        .map(l -> l.mention().surface() + "=" + l.entity().value()).toList();
  }

  @Test
  void aCurrencysLabelInTheTextsLanguageIsANameWhateverItsCase() {
    assertEquals(List.of("euro=iso4217:EUR"), linked("They paid in euro last year.", "en"));
    assertEquals(List.of("peso argentino=iso4217:ARS"), linked("Se paga con el peso argentino desde hace años.", "es"));
  }

  @Test
  void otherLowerCaseWordsStayCommonWords() {
    assertEquals(List.of(), linked("El peso del paquete es de dos kilos.", "es"), "'peso' (weight) is no currency label");
  }
}
