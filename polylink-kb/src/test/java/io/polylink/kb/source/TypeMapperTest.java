package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.polylink.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeMapperTest {

  private static EntityType p31(String... classes) {
    return TypeMapper.typeOf(Map.of("P31", List.of(classes)));
  }

  @Test
  void wellKnownClasses() {
    assertEquals(EntityType.PERSON, p31("Q5"));
    assertEquals(EntityType.LOCATION, p31("Q3624078", "Q43702", "Q6256"));
    assertEquals(EntityType.LOCATION, p31("Q515"));
    assertEquals(EntityType.ORGANIZATION, p31("Q783794"));
    assertEquals(EntityType.ORGANIZATION, p31("Q3918"));
    assertEquals(EntityType.LANGUAGE, p31("Q1288568"));
    assertEquals(EntityType.CURRENCY, p31("Q8142"));
    assertEquals(EntityType.WORK, p31("Q11424"));
    assertEquals(EntityType.EVENT, p31("Q178561"));
  }

  @Test
  void firstKnownClassDecidesButHumanWins() {
    assertEquals(EntityType.ORGANIZATION, p31("Q123456789", "Q43229", "Q515"));
    assertEquals(EntityType.PERSON, p31("Q215380", "Q5"));
  }

  @Test
  void fallbacksFromOtherRelations() {
    assertEquals(EntityType.PERSON, TypeMapper.typeOf(Map.of("P31", List.of("Q999999999"), "P106", List.of("Q82955"))));
    assertEquals(EntityType.PERSON, TypeMapper.typeOf(Map.of("P27", List.of("Q183"))));
    assertEquals(EntityType.ORGANIZATION, TypeMapper.typeOf(Map.of("P159", List.of("Q64"), "P17", List.of("Q183"))));
    assertEquals(EntityType.LOCATION, TypeMapper.typeOf(Map.of("P131", List.of("Q64"))));
    assertEquals(EntityType.LOCATION, TypeMapper.typeOf(Map.of("P17", List.of("Q183"))));
    assertEquals(EntityType.OTHER, TypeMapper.typeOf(Map.of("P279", List.of("Q5"))));
    assertEquals(EntityType.OTHER, TypeMapper.typeOf(Map.of()));
    assertEquals(EntityType.OTHER, TypeMapper.typeOf(null));
  }

  @Test
  void knownClassBeatsFallback() {
    assertEquals(EntityType.EVENT, TypeMapper.typeOf(Map.of("P31", List.of("Q40231"), "P17", List.of("Q183"))));
    assertNull(TypeMapper.typeOfClass("Q1"));
    assertEquals(EntityType.WORK, TypeMapper.typeOfClass("Q571"));
  }
}
