package io.polylink.redact.operate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Surrogate values that fit the type and the language: person names from per-language given and family names,
 * cities for locations, e-mail addresses at reserved example domains, and shape-preserving digits and letters for
 * numbers and codes (cards keep a valid Luhn digit, IBANs valid check digits). A surrogate is a keyed hash of the
 * value (HMAC-SHA256), so it is the same wherever the value occurs and reveals nothing without the secret.
 */
final class Surrogates {

  private static final Map<String, List<String>> GIVEN = Map.of(
      "en", List.of("James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Emily",
          "Daniel", "Laura", "Oliver", "Grace", "Henry", "Alice"),
      "es", List.of("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "Carmen", "Javier", "Elena", "Diego",
          "Paula", "Álvaro", "Marta", "Sergio", "Rosa", "Andrés"),
      "de", List.of("Lukas", "Anna", "Felix", "Lena", "Jonas", "Marie", "Paul", "Sophie", "Leon", "Emma", "Finn",
          "Hannah", "Moritz", "Clara", "Tobias", "Greta"),
      "fr", List.of("Louis", "Camille", "Gabriel", "Léa", "Arthur", "Chloé", "Jules", "Manon", "Hugo", "Inès",
          "Théo", "Juliette", "Nathan", "Zoé", "Lucas", "Margaux"),
      "it", List.of("Luca", "Giulia", "Marco", "Chiara", "Matteo", "Sara", "Andrea", "Francesca", "Davide", "Elisa",
          "Lorenzo", "Martina", "Simone", "Alessia", "Paolo", "Silvia"));
  private static final Map<String, List<String>> FAMILY = Map.of(
      "en", List.of("Smith", "Johnson", "Brown", "Taylor", "Walker", "Harris", "Clarke", "Lewis", "Young", "Hall",
          "Wright", "Green", "Baker", "Turner", "Hill", "Cooper"),
      "es", List.of("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Moreno",
          "Romero", "Navarro", "Torres", "Ruiz", "Ramos", "Molina", "Ortega"),
      "de", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch",
          "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Krüger"),
      "fr", List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau",
          "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand"),
      "it", List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
          "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano"));
  private static final Map<String, List<String>> CITIES = Map.of(
      "en", List.of("Springfield", "Riverton", "Fairview", "Georgetown", "Ashford", "Milton", "Brookfield", "Lakewood"),
      "es", List.of("Villanueva", "Torrealta", "Valdemora", "Santa Olalla", "Fuentesauco", "Miraflores", "Robledo", "Castrillo"),
      "de", List.of("Neustadt", "Altdorf", "Lindenau", "Bergheim", "Waldkirch", "Rosenthal", "Mühlbach", "Hohenfeld"),
      "fr", List.of("Villeneuve", "Beaumont", "Montfort", "Saint-Aubin", "Fontenay", "Valmont", "Rochefort", "Belleville"),
      "it", List.of("Castelnuovo", "Roccabianca", "Villafranca", "Montalto", "Borgonovo", "Sanfelice", "Torricella", "Pietrasanta"));
  private static final List<String> ORG_SUFFIX = List.of("Group", "Partners", "Holdings", "Labs", "Services", "Trading");

  private final byte[] secret;

  Surrogates(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The surrogate of {@code value}; {@code scope} ("" for the whole corpus) keeps surrogates apart per document. */
  String surrogate(String type, String value, String language, String scope) {
    String key = scope + "\u0000" + type + "\u0000" + value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Stream s = new Stream(hmac(key));
    String lang = GIVEN.containsKey(language) ? language : "en";
    String out = switch (type) {
      case "PERSON", "NOMBRE_SUJETO_ASISTENCIA", "NOMBRE_PERSONAL_SANITARIO", "FAMILIARES_SUJETO_ASISTENCIA" ->
          person(value, lang, s);
      case "LOCATION", "GPE", "TERRITORIO" -> pick(CITIES.get(lang), s);
      case "ORGANIZATION", "HOSPITAL", "INSTITUCION", "CENTRO_SALUD" ->
          pick(FAMILY.get(lang), s) + " " + pick(ORG_SUFFIX, s);
      case "EMAIL_ADDRESS", "CORREO_ELECTRONICO" -> ascii(pick(GIVEN.get(lang), s) + "." + pick(FAMILY.get(lang), s))
          + s.next(100) + "@example.org";
      case "STREET_ADDRESS" -> address(lang, s);
      case "URL" -> "https://example-" + Integer.toHexString(s.next(1 << 20)) + ".com/";
      case "CREDIT_CARD" -> luhnFix(shape(value, s));
      case "IBAN_CODE" -> iban(value, s);
      default -> shape(value, s);
    };
    return matchCase(value, out);
  }

  private static final Map<String, List<String>> STREETS = Map.of(
      "en", List.of("Maple Street", "Oak Avenue", "Mill Lane", "Church Road", "Park Drive", "High Street"),
      "es", List.of("Calle Mayor", "Calle del Olmo", "Avenida del Parque", "Calle Real", "Paseo de la Fuente"),
      "de", List.of("Lindenstraße", "Bahnhofstraße", "Gartenweg", "Schulstraße", "Am Markt", "Bergstraße"),
      "fr", List.of("rue des Lilas", "avenue du Parc", "rue de la Gare", "place du Marché", "chemin des Vignes"),
      "it", List.of("Via Roma", "Via dei Mille", "Corso Italia", "Via Garibaldi", "Piazza del Duomo"));

  /** A street, house number and city in the language's usual order. */
  private static String address(String lang, Stream s) {
    String street = pick(STREETS.get(lang), s);
    int number = 1 + s.next(199);
    String city = pick(CITIES.get(lang), s);
    return switch (lang) {
      case "en", "fr" -> number + " " + street + ", " + city;
      default -> street + " " + number + ", " + city;
    };
  }

  private static String person(String value, String lang, Stream s) {
    int words = value.strip().split("\\s+").length;
    String given = pick(GIVEN.get(lang), s);
    String family = pick(FAMILY.get(lang), s);
    return words <= 1 ? (Character.isUpperCase(value.strip().codePointAt(0)) ? family : given) : given + " " + family;
  }

  private static String matchCase(String value, String out) {
    boolean letters = value.chars().anyMatch(Character::isLetter);
    boolean upper = letters && value.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return upper && value.codePointCount(0, value.length()) > 3 ? out.toUpperCase(Locale.ROOT) : out;
  }

  /** Digits become other digits, letters other letters of the same case; separators stay. */
  private static String shape(String value, Stream s) {
    StringBuilder b = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> {
      if (cp >= '0' && cp <= '9') {
        b.append((char) ('0' + s.next(10)));
      } else if (Character.isUpperCase(cp)) {
        b.append((char) ('A' + s.next(26)));
      } else if (Character.isLowerCase(cp)) {
        b.append((char) ('a' + s.next(26)));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  private static String luhnFix(String card) {
    int last = -1;
    for (int i = card.length() - 1; i >= 0; i--) {
      if (Character.isDigit(card.charAt(i))) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      return card;
    }
    for (int d = 0; d <= 9; d++) {
      String c = card.substring(0, last) + d + card.substring(last + 1);
      if (io.polylink.kb.identifiers.Validators.luhn(c)) {
        return c;
      }
    }
    return card;
  }

  /** Same country, random national part, check digits recomputed (ISO 13616 mod 97). */
  private static String iban(String value, Stream s) {
    String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
    if (compact.length() < 5) {
      return shape(value, s);
    }
    String bban = shape(compact.substring(4), s);
    String country = compact.substring(0, 2);
    String rearranged = bban + country + "00";
    int mod = 0;
    for (char c : rearranged.toCharArray()) {
      String v = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char d : v.toCharArray()) {
        mod = (mod * 10 + (d - '0')) % 97;
      }
    }
    String check = String.format(Locale.ROOT, "%02d", 98 - mod);
    String out = country + check + bban;
    if (value.indexOf(' ') >= 0) {
      out = out.replaceAll("(.{4})(?!$)", "$1 ");
    }
    return value.equals(value.toLowerCase(Locale.ROOT)) ? out.toLowerCase(Locale.ROOT) : out;
  }

  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String pick(List<String> list, Stream s) {
    return list.get(s.next(list.size()));
  }

  private byte[] hmac(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** Deterministic numbers drawn from a hash: a seeded generator per value. */
  private static final class Stream {
    private final java.util.SplittableRandom random;

    Stream(byte[] seed) {
      this.random = new java.util.SplittableRandom(ByteBuffer.wrap(seed).getLong());
    }

    int next(int bound) {
      return random.nextInt(bound);
    }
  }
}
