package io.polylink.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 1: a policy never fails open; what it cannot mean exactly is an error naming the key. */
class PolicyTest {

  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  private static JsonNode yaml(String s) throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(s);
  }

  private static String error(JsonNode policy) {
    return assertThrows(IllegalArgumentException.class, () -> Policy.parse(policy)).getMessage();
  }

  /** The message of building a pattern-only redactor with {@code policy}. */
  private static String buildError(JsonNode policy) {
    Policy p = Policy.parse(policy);
    return assertThrows(IllegalArgumentException.class, () -> Redactor.builder().names(false).policy(p).build())
        .getMessage();
  }

  @Test
  void misspelledTypesAreRefusedInsteadOfRedactingNothing() throws Exception {
    String e = buildError(json("{\"types\":[\"EMAIL\"]}"));
    assertTrue(e.contains("types") && e.contains("'EMAIL'") && e.contains("EMAIL_ADDRESS"), e);
    e = buildError(yaml("types: [EMAIL, PHONE]"));
    assertTrue(e.contains("'EMAIL'"), e);
    e = buildError(yaml("operators:\n  EMAIL: {operator: hash, salt: s}"));
    assertTrue(e.contains("operators") && e.contains("'EMAIL'"), e);
    // the right names pass and redact
    Policy ok = Policy.parse(yaml("types: [EMAIL_ADDRESS, PHONE_NUMBER]"));
    String out = Redactor.builder().names(false).policy(ok).build().redact("d", "mail ana@example.com").text();
    assertEquals("mail <EMAIL_ADDRESS>", out);
  }

  @Test
  void aTypeNoRecognizerInUseFindsIsRefused() throws Exception {
    assertTrue(buildError(yaml("types: [STREET_ADDRESS]")).contains("unknown type"), "name recognizers off");
    // STREET_ADDRESS is known (the name tagger finds it), but the policy's own choice of recognizers leaves it out
    Policy p = Policy.parse(yaml("types: [STREET_ADDRESS]\nrecognizers: [patterns]"));
    String e = assertThrows(IllegalArgumentException.class, () -> Redactor.builder().policy(p).build()).getMessage();
    assertTrue(e.contains("STREET_ADDRESS") && e.contains("in use"), e);
  }

  @Test
  void valuesOfTheWrongKindAreErrorsNamingTheKey() throws Exception {
    assertTrue(error(yaml("min_score: abc")).contains("min_score"), "a text score");
    assertTrue(error(yaml("min_score: 1.5")).contains("min_score"), "out of range");
    assertTrue(error(yaml("types: EMAIL_ADDRESS")).contains("types"), "not a list");
    assertTrue(error(yaml("types: [1]")).contains("types[0]"), "not a name");
    assertTrue(error(yaml("operators: [PERSON]")).contains("operators"), "not a mapping");
    String e = error(yaml("operators:\n  PERSON: {operator: replace, with: null}"));
    assertTrue(e.contains("operators.PERSON.with"), e);
    e = error(yaml("operators:\n  PERSON: {operator: mask, chars: \"3\"}"));
    assertTrue(e.contains("operators.PERSON.chars"), e);
    assertTrue(error(yaml("operators:\n  PERSON: {operator: mask, chars: 0}")).contains("chars"), "masks nothing");
    assertTrue(error(yaml("operators:\n  PERSON: {operator: mask, from_end: yes please}")).contains("from_end"));
    assertTrue(error(yaml("operators:\n  PERSON: {operator: hash, salt: 42}")).contains("operators.PERSON.salt"));
    assertTrue(error(yaml("operators:\n  PERSON: {operator: hash}")).contains("salt"));
    assertTrue(error(yaml("default: {with: x}")).contains("default.operator"), "no operator");
    assertTrue(error(yaml("default: 3")).contains("default"));
    assertTrue(error(yaml("recognizers: 3")).contains("recognizers"));
  }

  @Test
  void unknownKeysAreErrorsNamingTheKey() throws Exception {
    assertTrue(error(yaml("min-score: 0.7")).contains("'min-score'"));
    String e = error(yaml("operators:\n  PERSON: {operator: mask, salt: x}"));
    assertTrue(e.contains("'salt'") && e.contains("PERSON") && e.contains("char"), e);
    e = error(yaml("operators:\n  PERSON: {operator: replace, whith: x}"));
    assertTrue(e.contains("'whith'"), e);
  }

  @Test
  void secretsAreNotShownInErrors() throws Exception {
    String e = error(yaml("operators:\n  PERSON: {operator: encrypt, key: not-base64-s3cr3t}"));
    assertTrue(e.contains("operators.PERSON.key") && !e.contains("s3cr3t"), e);
  }

  @Test
  void everyOperatorOfTheDocumentedExampleParses() throws Exception {
    Policy p = Policy.parse(yaml("""
        min_score: 0.6
        types: [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE, DATE_TIME, URL]
        recognizers: [default, -date]
        default: {operator: replace}
        operators:
          PERSON: {operator: pseudonymize, secret: s3cret, scope: document}
          EMAIL_ADDRESS: {operator: mask, char: "#", chars: 3, from_end: true}
          PHONE_NUMBER: {operator: hash, salt: pepper}
          IBAN_CODE: {operator: encrypt, key: AAAAAAAAAAAAAAAAAAAAAA==}
          DATE_TIME: {operator: replace, with: "[DATE]"}
          URL: keep
        """));
    assertEquals(0.6, p.minScore());
    assertEquals(java.util.List.of("default", "-date"), p.recognizers());
    assertEquals("keep", p.operatorFor("URL").name());
    assertEquals("[DATE]", p.operatorFor("DATE_TIME").apply("1 May", "DATE_TIME", null));
  }

  @Test
  void theRecognizersKeyChoosesWhatRuns() throws Exception {
    Policy p = Policy.parse(yaml("recognizers: [email]"));
    String out = Redactor.builder().names(false).policy(p).build().redact("d", "ana@example.com +34 612 345 678")
        .text();
    assertEquals("<EMAIL_ADDRESS> +34 612 345 678", out);
    Policy bad = Policy.parse(yaml("recognizers: emial"));
    String e = assertThrows(IllegalArgumentException.class, () -> Redactor.builder().names(false).policy(bad).build())
        .getMessage();
    assertTrue(e.contains("policy recognizers") && e.contains("'emial'"), e);
  }

  @Test
  void aPolicyFileThatIsNotYamlNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "types: [PERSON\nmin_score: 0.5\n");
    String e = assertThrows(IllegalArgumentException.class, () -> Policy.load(f)).getMessage();
    assertTrue(e.contains(f.toString()) && e.contains("line"), e);
    assertFalse(e.contains("com.fasterxml"), e);
  }
}
