package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Request bodies bound to records: the problems name the field and where it is, never Jackson's classes. */
class V1BodiesTest {

  private static String refused(String body, Class<?> type) {
    Problem p = assertThrows(Problem.class, () -> V1Bodies.bind(JsonBodies.object(body), type));
    assertEquals(400, p.status());
    assertFalse(p.detail().contains("jackson") || p.detail().contains("Exception"), p.detail());
    return p.detail();
  }

  @Test
  void bindsALinkRequest() {
    V1Bodies.LinkBody b = V1Bodies.bind(JsonBodies.object("{\"documents\":[{\"text\":\"Paris\",\"id\":7}],"
        + "\"confidence\":0.5,\"types\":\"PER,LOC\"}"), V1Bodies.LinkBody.class);
    assertEquals("Paris", b.documents().get(0).text());
    assertEquals(7, b.documents().get(0).id().asInt());
    assertEquals(new BigDecimal("0.5"), b.confidence());
    assertEquals("PER,LOC", b.types().asText());
  }

  @Test
  void namesUnknownFieldsWhereTheyAre() {
    assertEquals("unknown field 'txt' in the request; expected confidence, documents, format, id, language, "
        + "languages, text, types", refused("{\"txt\":\"Paris\"}", V1Bodies.LinkBody.class));
    assertEquals("unknown field 'lang' in documents[1]; expected id, language, text",
        refused("{\"documents\":[{\"text\":\"a\"},{\"text\":\"b\",\"lang\":\"en\"}]}", V1Bodies.LinkBody.class));
    assertEquals("unknown field 'format' in the request; expected documents, id, language, policy, text",
        refused("{\"text\":\"a\",\"format\":\"nif\"}", V1Bodies.RedactBody.class));
  }

  @Test
  void namesValuesOfTheWrongKind() {
    assertEquals("'text' in the request must be a string, got number",
        refused("{\"text\":42}", V1Bodies.LinkBody.class));
    assertEquals("'text' in documents[0] must be a string, got boolean",
        refused("{\"documents\":[{\"text\":true}]}", V1Bodies.LinkBody.class));
    assertEquals("'documents' must be an array of {\"text\", \"id\"?, \"language\"?} objects, got string",
        refused("{\"documents\":\"Paris\"}", V1Bodies.LinkBody.class));
    assertEquals("documents[1] must be an object, got number",
        refused("{\"documents\":[{\"text\":\"a\"},3]}", V1Bodies.LinkBody.class));
    assertEquals("'confidence' must be a number in [0, 1], got \"0.5\"",
        refused("{\"text\":\"a\",\"confidence\":\"0.5\"}", V1Bodies.LinkBody.class));
  }
}
