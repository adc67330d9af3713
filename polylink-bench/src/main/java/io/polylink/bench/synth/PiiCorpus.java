package io.polylink.bench.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/**
 * A generated corpus for redaction benchmarks: JSON lines {@code {"id":..,"text":..}} of about 2 KB, business,
 * clinical and support texts in English that carry personal data in many shapes. Names come from 96 given names and
 * 96 family names of several cultures (9,216 people), so a cache of names seen cannot make the text trivial; phone
 * numbers are written in five national and international styles; card numbers pass Luhn with random digits; IBANs
 * have valid check digits for eight countries; dates come in four formats. Deterministic for a seed.
 */
public final class PiiCorpus {

  private static final String[] GIVEN = {"Ana", "John", "Marta", "Peter", "Li", "Sofia", "Ahmed", "Olga", "Kenji",
      "Amara", "Lucas", "Emma", "Mateo", "Chloe", "Noah", "Aisha", "Ivan", "Elena", "Pierre", "Giulia", "Hans",
      "Ingrid", "Carlos", "Lucia", "Tomasz", "Agnieszka", "Mehmet", "Zeynep", "Raj", "Priya", "Wei", "Mei", "Jin",
      "Yuki", "Kwame", "Fatima", "Omar", "Leila", "Diego", "Valentina", "Finn", "Freya", "Sven", "Astrid", "Pablo",
      "Carmen", "Andrei", "Ioana", "Nikos", "Eleni", "David", "Sarah", "Michael", "Laura", "James", "Anna", "Thomas",
      "Julia", "Daniel", "Maria", "Robert", "Claire", "Samuel", "Nora", "Oscar", "Alice", "Victor", "Irene", "Hugo",
      "Clara", "Felix", "Helena", "Adrian", "Paula", "Martin", "Eva", "Simon", "Lena", "Jonas", "Mia", "Elias",
      "Ida", "Aaron", "Rosa", "Benedikt", "Zoe", "Rafael", "Ines", "Tariq", "Nadia", "Luca", "Greta", "Milan",
      "Vera", "Arjun", "Ayesha"};
  private static final String[] FAMILY = {"Ruiz", "Miller", "Gómez", "Schmidt", "Wei", "Rossi", "Haddad", "Ivanova",
      "Tanaka", "Okafor", "Silva", "Dubois", "Fernández", "Martin", "Smith", "Khan", "Petrov", "Popescu", "Moreau",
      "Bianchi", "Müller", "Larsen", "García", "López", "Kowalski", "Nowak", "Yılmaz", "Demir", "Sharma", "Patel",
      "Zhang", "Chen", "Kim", "Sato", "Mensah", "Hassan", "Ali", "Rahman", "Herrera", "Castro", "Jensen", "Nielsen",
      "Andersson", "Johansson", "Navarro", "Ortega", "Ionescu", "Dumitru", "Papadopoulos", "Georgiou", "Cohen",
      "Levi", "Brown", "Wilson", "Taylor", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright",
      "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Clarke",
      "Jackson", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann",
      "Schwarz", "Zimmermann", "Braun", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Meier", "Lehmann",
      "Köhler", "Herrmann"};
  private static final CountryCode[] IBAN_COUNTRIES = {CountryCode.DE, CountryCode.GB, CountryCode.FR,
      CountryCode.ES, CountryCode.IT, CountryCode.NL, CountryCode.BE, CountryCode.CH};
  private static final String[] SENTENCES = {
      "The meeting with %N was moved to %D at the office in %L.",
      "Please call %N at %P or write to %E before Friday.",
      "Card %C was charged twice; the refund goes to account %I.",
      "Our server %A logged a request from %U on %D.",
      "Patient %N, SSN %S, was admitted on %D and discharged a week later without complications.",
      "%N (%E) asked %N to send the signed contract to %P by the end of the month.",
      "According to %N, the shipment left %L on %D and should reach %L within five working days.",
      "The quarterly report covers revenue, costs and the outlook for the next two years in detail.",
      "Shipping to %L and %L takes three days; returns are accepted within a month of delivery.",
      "The board thanked %N for ten years of service and welcomed %N as the new treasurer.",
      "Support ticket 48213 was closed after the customer confirmed that the issue no longer occurs.",
      "Invoices are due thirty days after receipt unless another term has been agreed in writing.",
  };
  private static final String[] PLACES = {"Paris", "Berlin", "Madrid", "London", "Rome", "Vienna", "Warsaw",
      "Lisbon", "Toronto", "Sydney", "Mumbai", "Tokyo", "Nairobi", "Lagos", "Istanbul", "Athens", "Prague",
      "Dublin", "Oslo", "Helsinki"};

  private PiiCorpus() {}

  /** Writes documents of ~2 KB until about {@code bytes} are written. */
  public static void write(Path file, long bytes, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    long written = 0;
    int id = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        String line = "{\"id\":\"" + id++ + "\",\"text\":\"" + document(r).replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"}\n";
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  /** One document of about 2,000 characters. */
  public static String document(SplittableRandom r) {
    StringBuilder text = new StringBuilder(2200);
    while (text.length() < 2000) {
      String s = SENTENCES[r.nextInt(SENTENCES.length)];
      StringBuilder out = new StringBuilder(s.length() + 64);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c != '%' || i + 1 >= s.length()) {
          out.append(c);
          continue;
        }
        char k = s.charAt(++i);
        out.append(switch (k) {
          case 'N' -> pick(GIVEN, r) + " " + pick(FAMILY, r);
          case 'L' -> pick(PLACES, r);
          case 'D' -> date(r);
          case 'P' -> phone(r);
          case 'E' -> (pick(GIVEN, r) + "." + ascii(pick(FAMILY, r))).toLowerCase(Locale.ROOT) + r.nextInt(100)
              + "@" + pick(new String[] {"example.com", "mail.example.org", "corp.example.net"}, r);
          case 'C' -> card(r);
          // iban4j's Iban.random draws from its own unseeded Random: the corpus differed from run to run
          case 'I' -> new Iban.Builder(new java.util.Random(r.nextLong()))
              .countryCode(IBAN_COUNTRIES[r.nextInt(IBAN_COUNTRIES.length)]).buildRandom().toFormattedString();
          case 'A' -> r.nextInt(2) == 0 ? "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254))
              : String.format(Locale.ROOT, "2001:db8:%x::%x", r.nextInt(65536), 1 + r.nextInt(65535));
          case 'U' -> "https://www.example.org/" + pick(new String[] {"p", "account", "orders", "help"}, r) + "/"
              + r.nextInt(100000);
          case 'S' -> String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + r.nextInt(560), 10 + r.nextInt(89),
              1000 + r.nextInt(9000));
          default -> "%" + k;
        });
      }
      text.append(out).append(' ');
    }
    return text.toString().trim();
  }

  private static String pick(String[] a, SplittableRandom r) {
    return a[r.nextInt(a.length)];
  }

  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ı", "i");
  }

  private static String date(SplittableRandom r) {
    int d = 1 + r.nextInt(28);
    int m = 1 + r.nextInt(12);
    int y = 1950 + r.nextInt(75);
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    return switch (r.nextInt(4)) {
      case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y);
      case 1 -> String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d);
      case 2 -> d + " " + months[m - 1] + " " + y;
      default -> months[m - 1] + " " + d + ", " + y;
    };
  }

  private static String phone(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> String.format(Locale.ROOT, "+34 6%02d %03d %03d", r.nextInt(100), r.nextInt(1000), r.nextInt(1000));
      case 1 -> String.format(Locale.ROOT, "(%03d) %03d-%04d", 201 + r.nextInt(700), 200 + r.nextInt(700),
          r.nextInt(10000));
      case 2 -> String.format(Locale.ROOT, "+44 20 %04d %04d", r.nextInt(10000), r.nextInt(10000));
      case 3 -> String.format(Locale.ROOT, "030 %08d", r.nextInt(100_000_000));
      default -> String.format(Locale.ROOT, "+33 1 %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100),
          r.nextInt(100), r.nextInt(100));
    };
  }

  /** Sixteen digits, the first a 4 or 5, the last the Luhn check digit, written in groups of four. */
  private static String card(SplittableRandom r) {
    int[] d = new int[16];
    d[0] = 4 + r.nextInt(2);
    for (int i = 1; i < 15; i++) {
      d[i] = r.nextInt(10);
    }
    int sum = 0;
    for (int i = 14; i >= 0; i--) {
      int v = d[i];
      if ((14 - i) % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    d[15] = (10 - sum % 10) % 10;
    StringBuilder sb = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(d[i]);
    }
    return sb.toString();
  }
}
