package io.polylink.kb.identifiers;

import java.util.Locale;
import org.iban4j.IbanUtil;

/**
 * Checksum and format validators for identifiers found in text (card numbers, IBANs, national numbers, addresses):
 * the redactor's recognizers and the evaluation's PII baseline both validate with them. Each takes the matched text
 * (separators allowed where the format allows them) and says whether it is a well-formed value; near misses (one
 * digit changed) fail the checksum.
 */
public final class Validators {

  private Validators() {}

  /** Keeps only ASCII letters and digits, upper-cased. */
  static String compact(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        b.append(c);
      } else if (c >= 'a' && c <= 'z') {
        b.append((char) (c - 32));
      }
    }
    return b.toString();
  }

  /** The Luhn (mod 10) check of a payment card number of 12 to 19 digits. */
  public static boolean luhn(CharSequence number) {
    String d = compact(number);
    if (d.length() < 12 || d.length() > 19 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int v = d.charAt(i) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** An IBAN: country, check digits and national format, by iban4j (case and spaces ignored). */
  public static boolean iban(CharSequence value) {
    String c = compact(value);
    if (c.length() < 15 || c.length() > 34) {
      return false;
    }
    try {
      IbanUtil.validate(c);
      return true;
    } catch (RuntimeException e) {
      return false; // iban4j signals every kind of invalid IBAN by an unchecked exception
    }
  }

  /**
   * A US social security number: 9 digits, area not 000, 666 or 9xx, group not 00, serial not 0000, and not one of
   * the numbers published in advertising (078-05-1120, 219-09-9999) or a run of one digit.
   */
  public static boolean usSsn(CharSequence value) {
    String d = compact(value);
    if (d.length() != 9 || !d.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int area = Integer.parseInt(d.substring(0, 3));
    int group = Integer.parseInt(d.substring(3, 5));
    int serial = Integer.parseInt(d.substring(5));
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    if (d.equals("078051120") || d.equals("219099999") || d.equals("123456789") || d.chars().distinct().count() == 1) {
      return false;
    }
    return true;
  }

  /**
   * A UK National Insurance number: two prefix letters (first not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V;
   * not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D.
   */
  public static boolean ukNino(CharSequence value) {
    String c = compact(value);
    if (c.length() != 9) {
      return false;
    }
    char a = c.charAt(0);
    char b = c.charAt(1);
    if (!Character.isLetter(a) || !Character.isLetter(b) || "DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
      return false;
    }
    String prefix = c.substring(0, 2);
    if (java.util.Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix)) {
      return false;
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(c.charAt(i))) {
        return false;
      }
    }
    return c.charAt(8) >= 'A' && c.charAt(8) <= 'D';
  }

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  /** A Spanish DNI/NIF of a person: 8 digits and the control letter (number mod 23). */
  public static boolean esDni(CharSequence value) {
    String c = compact(value);
    if (c.length() != 9 || !c.substring(0, 8).chars().allMatch(Character::isDigit)) {
      return false;
    }
    return DNI_LETTERS.charAt(Integer.parseInt(c.substring(0, 8)) % 23) == c.charAt(8);
  }

  /** A Spanish NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the control letter. */
  public static boolean esNie(CharSequence value) {
    String c = compact(value);
    if (c.length() != 9) {
      return false;
    }
    int lead = "XYZ".indexOf(c.charAt(0));
    if (lead < 0 || !c.substring(1, 8).chars().allMatch(Character::isDigit)) {
      return false;
    }
    return DNI_LETTERS.charAt(Integer.parseInt(lead + c.substring(1, 8)) % 23) == c.charAt(8);
  }

  /**
   * A French NIR (social security number): sex, year, month, department (2A/2B for Corsica), commune, order and the
   * key 97 - (number mod 97).
   */
  public static boolean frNir(CharSequence value) {
    String c = compact(value);
    if (c.length() != 15) {
      return false;
    }
    if ("12378".indexOf(c.charAt(0)) < 0) {
      return false;
    }
    String body = c.substring(0, 13);
    long corsica = 0; // Corsica's departments 2A and 2B count as 19 and 18, less 1,000,000 and 2,000,000
    if (body.startsWith("2A", 5)) {
      body = body.substring(0, 5) + "19" + body.substring(7);
      corsica = 1_000_000L;
    } else if (body.startsWith("2B", 5)) {
      body = body.substring(0, 5) + "18" + body.substring(7);
      corsica = 2_000_000L;
    }
    if (!body.chars().allMatch(Character::isDigit) || !c.substring(13).chars().allMatch(Character::isDigit)) {
      return false;
    }
    int month = Integer.parseInt(c.substring(3, 5));
    if (month == 0 || (month > 12 && month < 20) || month > 99) {
      return false;
    }
    long n = Long.parseLong(body) - corsica;
    int key = Integer.parseInt(c.substring(13));
    return key == 97 - (int) (n % 97);
  }

  private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
      22, 25, 24, 23};

  /** An Italian codice fiscale of a person: 16 characters in the fixed layout, with the check letter. */
  public static boolean itFiscalCode(CharSequence value) {
    String c = compact(value);
    if (c.length() != 16 || !c.matches("[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char ch = c.charAt(i);
      int idx = Character.isDigit(ch) ? ch - '0' : ch - 'A';
      sum += (i % 2 == 0) ? CF_ODD[idx] : idx; // positions are 1-based in the standard: index 0 is "odd"
    }
    return c.charAt(15) == (char) ('A' + sum % 26);
  }

  /**
   * A German tax identification number (Steuer-IdNr): 11 digits, no leading zero, in the first ten one digit occurs
   * two or three times and the rest at most once, and the ISO 7064 MOD 11,10 check digit.
   */
  public static boolean deTaxId(CharSequence value) {
    String d = compact(value);
    if (d.length() != 11 || !d.chars().allMatch(Character::isDigit) || d.charAt(0) == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d.charAt(i) - '0']++;
    }
    int repeated = 0;
    for (int k : counts) {
      if (k > 3) {
        return false;
      }
      if (k >= 2) {
        repeated++;
      }
    }
    if (repeated != 1) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (d.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == d.charAt(10) - '0';
  }

  /** A dotted IPv4 address: four decimal octets 0-255 without leading zeros. */
  public static boolean ipv4(CharSequence value) {
    String[] parts = value.toString().split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 address in RFC 4291 text form (with at most one {@code ::} and an optional trailing IPv4). */
  public static boolean ipv6(CharSequence value) {
    String s = value.toString();
    if (s.isEmpty() || s.indexOf(':') < 0) {
      return false;
    }
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    int groups = 0;
    String[] halves = dbl >= 0 ? new String[] {s.substring(0, dbl), s.substring(dbl + 2)} : new String[] {s};
    for (int h = 0; h < halves.length; h++) {
      if (halves[h].isEmpty()) {
        continue;
      }
      String[] parts = halves[h].split(":", -1);
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        boolean last = h == halves.length - 1 && i == parts.length - 1;
        if (last && p.indexOf('.') >= 0) {
          if (!ipv4(p)) {
            return false;
          }
          groups += 2;
          continue;
        }
        if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
          return false;
        }
        groups++;
      }
    }
    return dbl >= 0 ? groups <= 7 : groups == 8;
  }

  /** The decimal digits in {@code value} (any script's, as {@link Character#isDigit} counts them). */
  public static int digitCount(CharSequence value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isDigit(value.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** A phone number has 7 to 15 digits (E.164 allows at most 15); what else it must be is the caller's. */
  public static boolean phoneDigits(CharSequence value) {
    int n = digitCount(value);
    return n >= 7 && n <= 15;
  }

  /** A calendar date: month 1-12 and a day that exists in that month (leap years included). */
  public static boolean date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** Lower-cases with the root locale (identifiers are ASCII). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static int[] digitsOf(CharSequence value, int... lengths) {
    String d = compact(value);
    boolean ok = false;
    for (int l : lengths) {
      ok |= d.length() == l;
    }
    if (!ok || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return d.chars().map(c -> c - '0').toArray();
  }

  /** Dutch citizen service number (BSN): nine digits passing the "11-proof" (the last digit weighs -1). */
  public static boolean nlBsn(CharSequence value) {
    int[] d = digitsOf(value, 9);
    if (d == null || java.util.Arrays.stream(d).allMatch(x -> x == 0)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += d[i] * (9 - i);
    }
    sum -= d[8];
    return sum % 11 == 0;
  }

  /** Polish PESEL: eleven digits, a valid month (with its century offset) and day, weights 1-3-7-9 check digit. */
  public static boolean plPesel(CharSequence value) {
    int[] d = digitsOf(value, 11);
    if (d == null) {
      return false;
    }
    int month = (d[2] * 10 + d[3]) % 20;
    int day = d[4] * 10 + d[5];
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += d[i] * w[i];
    }
    return (10 - sum % 10) % 10 == d[10];
  }

  /** Portuguese NIF: nine digits, a known first digit, mod-11 check digit. */
  public static boolean ptNif(CharSequence value) {
    int[] d = digitsOf(value, 9);
    if (d == null || "1235689".indexOf((char) ('0' + d[0])) < 0 && !(d[0] == 4 && d[1] == 5) && d[0] != 7) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += d[i] * (9 - i);
    }
    int check = 11 - sum % 11;
    return (check >= 10 ? 0 : check) == d[8];
  }

  /** Belgian national register number: YYMMDD, a serial, and 97 minus the first nine digits mod 97 (2000s: with a 2 before). */
  public static boolean beNationalNumber(CharSequence value) {
    int[] d = digitsOf(value, 11);
    if (d == null) {
      return false;
    }
    long first = 0;
    for (int i = 0; i < 9; i++) {
      first = first * 10 + d[i];
    }
    int check = d[9] * 10 + d[10];
    int month = d[2] * 10 + d[3];
    if (month > 12 && month < 20 || month > 32 && month < 40 || month > 52) {
      return false;
    }
    return 97 - first % 97 == check || 97 - (2_000_000_000L + first) % 97 == check;
  }

  /** Swedish personnummer or samordningsnummer: (YY)YYMMDD, a serial and a Luhn check digit over the last ten. */
  public static boolean sePersonnummer(CharSequence value) {
    String d = compact(value).replace("+", "");
    if ((d.length() != 10 && d.length() != 12) || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    String ten = d.substring(d.length() - 10);
    int month = Integer.parseInt(ten.substring(2, 4));
    int day = Integer.parseInt(ten.substring(4, 6)) % 60;
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int x = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += x > 9 ? x - 9 : x;
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && sum % 10 == 0;
  }
}
