package io.polylink.eval.pii.baseline;

import java.math.BigInteger;
import java.util.Locale;

/** Checksums the baseline's recognizers validate matches with. */
final class Checks {

  private Checks() {}

  /** The Luhn (mod 10) check of a card number; separators are ignored. */
  static boolean luhn(String number) {
    String digits = number.replaceAll("[^0-9]", "");
    if (digits.length() < 12 || digits.length() > 19) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** The ISO 13616 mod-97 check of an IBAN; spaces are ignored, case too. */
  static boolean iban(String iban) {
    String s = iban.replace(" ", "").toUpperCase(Locale.ROOT);
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    String moved = s.substring(4) + s.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /** A US SSN the SSA could issue: area not 000, 666 or 9xx, group not 00, serial not 0000. */
  static boolean ssn(String ssn) {
    String d = ssn.replaceAll("[^0-9]", "");
    if (d.length() != 9) {
      return false;
    }
    String area = d.substring(0, 3);
    return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9' && !d.startsWith("00", 3)
        && !d.endsWith("0000");
  }

  /** Dotted IPv4 with every octet in 0..255. */
  static boolean ipv4(String ip) {
    String[] parts = ip.split("\\.");
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** A phone number has 7 to 15 digits (E.164 allows at most 15). */
  static boolean phoneDigits(String phone) {
    long n = phone.chars().filter(Character::isDigit).count();
    return n >= 7 && n <= 15;
  }
}
