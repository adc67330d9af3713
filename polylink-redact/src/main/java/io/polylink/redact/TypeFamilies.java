package io.polylink.redact;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The family of a PII type, so that types written by different schemas can be compared: a trained model's
 * {@code PER}, MEDDOCAN's {@code NOMBRE_SUJETO_ASISTENCIA} and the built-in {@code PERSON} are all {@code PERSON};
 * {@code FECHAS}, {@code DATE} and {@code DATE_TIME} are {@code DATE_TIME}. A trained model outranks the built-in
 * recognizers on the families of the types it learned ({@link Redactor}). A type of no known family is its own
 * family.
 */
public final class TypeFamilies {

  private TypeFamilies() {}

  public static final String PERSON = "PERSON";
  public static final String LOCATION = "LOCATION";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String DATE_TIME = "DATE_TIME";
  public static final String IDENTIFIER = "IDENTIFIER";
  public static final String EMAIL = "EMAIL";
  public static final String PHONE = "PHONE";
  public static final String URL = "URL";
  public static final String IP = "IP";

  private static final Set<String> EMAIL_WORDS = Set.of("EMAIL", "E-MAIL", "MAIL", "CORREO", "COURRIEL");
  private static final Set<String> URL_WORDS = Set.of("URL", "WEB", "WEBSITE", "DOMAIN");
  private static final Set<String> PHONE_WORDS = Set.of("PHONE", "TELEPHONE", "TEL", "TELEFONO", "TELÉFONO", "FAX",
      "MOBILE");
  private static final Set<String> ID_WORDS = Set.of("ID", "IDS", "CODE", "NIF", "NIE", "NIR", "SSN", "NINO", "IBAN",
      "CARD", "FISCAL", "TAX", "NUMERO", "NÚMERO", "NUMBER", "IDENTIF", "PASSPORT", "LICENSE", "ACCOUNT", "BSN",
      "PESEL", "PERSONNUMMER", "NATIONAL");
  private static final Set<String> DATE_WORDS = Set.of("DATE", "DATES", "FECHA", "FECHAS", "TIME", "DATETIME",
      "DATE_TIME", "DATUM");
  private static final Set<String> LOCATION_WORDS = Set.of("LOC", "LOCATION", "GPE", "CALLE", "STREET", "ADDRESS",
      "TERRITORIO", "PAIS", "PAÍS", "CITY", "COUNTRY", "PLACE", "DIRECCION", "DIRECCIÓN");
  private static final Set<String> ORG_WORDS = Set.of("ORG", "ORGANIZATION", "ORGANISATION", "HOSPITAL",
      "INSTITUCION", "INSTITUCIÓN", "INSTITUTION", "CENTRO", "CENTRE", "CENTER", "COMPANY", "HEALTH_CENTRE");
  private static final Set<String> PERSON_WORDS = Set.of("PER", "PERSON", "PERS", "NOMBRE", "NAME", "FAMILIARES",
      "PATIENT", "DOCTOR", "PROFESSIONAL");

  /** The family of {@code type} (case-insensitive), or the upper-cased type itself when it has none. */
  public static String of(String type) {
    String t = type.strip().toUpperCase(Locale.ROOT);
    if (DATE_WORDS.contains(t)) {
      return DATE_TIME;
    }
    List<String> parts = List.of(t.split("[_\\-\\s]+"));
    if (parts.contains("IP")) {
      return IP;
    }
    if (parts.stream().anyMatch(EMAIL_WORDS::contains)) {
      return EMAIL;
    }
    if (parts.stream().anyMatch(URL_WORDS::contains)) {
      return URL;
    }
    if (parts.stream().anyMatch(PHONE_WORDS::contains)) {
      return PHONE;
    }
    if (parts.stream().anyMatch(ID_WORDS::contains)) {
      return IDENTIFIER;
    }
    if (parts.stream().anyMatch(DATE_WORDS::contains)) {
      return DATE_TIME;
    }
    if (parts.stream().anyMatch(ORG_WORDS::contains)) {
      return ORGANIZATION;
    }
    if (parts.stream().anyMatch(LOCATION_WORDS::contains)) {
      return LOCATION;
    }
    if (parts.stream().anyMatch(PERSON_WORDS::contains)) {
      return PERSON;
    }
    return t;
  }
}
