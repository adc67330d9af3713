package io.polylink.redact.recognize;

import io.polylink.kb.identifiers.Validators;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, validated by libphonenumber's metadata. A cheap pattern finds digit runs with phone punctuation;
 * each is parsed as an international number, else as a national number of the default region, then of the other
 * configured regions (all of libphonenumber's regions when asked); the first region where it is a valid number
 * wins. International numbers score higher than national ones, which are more often something else.
 */
final class PhoneRecognizer implements Recognizer {

  /** Regions tried for national numbers after the default one, when no list is given. */
  static final List<String> COMMON_REGIONS = List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT",
      "CA", "AU", "IN", "BR", "IL", "FI", "SE", "DK", "NO", "PL", "PT", "IE", "MX", "AR", "CZ", "HU", "EE", "RU");

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\w+\\-./])(?:\\+|00)?(?:\\(\\d{1,4}\\)[ \\t.\\-]?)?\\d[\\d \\t().\\-/]{4,18}\\d(?![\\w]|[.\\-]\\d)");

  /** Shapes that are something else: SSNs (123-45-6789) and dates (12/03/2019, 12.03.2019), skipped before parsing. */
  private static final Pattern SSN_SHAPE = Pattern.compile(
      "\\d{3}-\\d{2}-\\d{4}|\\d{1,2}([/.\\-])\\d{1,2}\\1\\d{2,4}|\\d{4}-\\d{2}-\\d{2}.*");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final List<String> regions;
  /**
   * Per region (same order as {@link #regions}), bit n set when a national number of n digits may be valid there,
   * counting the digits as written, without the national prefix, or without the country calling code: a region
   * whose numbers never have that many digits cannot make the candidate valid, and parsing in it is the cost.
   */
  private final long[] lengths;

  /**
   * @param defaultRegion ISO 3166 region for national numbers ({@code US}, {@code ES})
   * @param allRegions try every region libphonenumber knows, not only {@link #COMMON_REGIONS}
   */
  PhoneRecognizer(String defaultRegion, boolean allRegions) {
    String def = defaultRegion.toUpperCase(Locale.ROOT);
    if (!util.getSupportedRegions().contains(def)) {
      throw new IllegalArgumentException("unknown phone region '" + defaultRegion + "', expected an ISO 3166 code like US or ES");
    }
    Set<String> r = new LinkedHashSet<>();
    r.add(def);
    r.addAll(allRegions ? new java.util.TreeSet<>(util.getSupportedRegions()) : COMMON_REGIONS);
    this.regions = new ArrayList<>(r);
    this.lengths = new long[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      String region = regions.get(i);
      int code = util.getCountryCodeForRegion(region);
      String ndd = util.getNddPrefixForRegion(region, true);
      int prefix = ndd == null ? 0 : ndd.length();
      int codeDigits = Integer.toString(code).length();
      long bits = 0;
      for (int n = 1; n <= 17; n++) {
        PhoneNumber probe = new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong("5".repeat(n)));
        if (util.isPossibleNumber(probe)) {
          for (int written : new int[] {n, n + prefix, n + codeDigits, n + codeDigits + prefix}) {
            bits |= 1L << written;
          }
        }
      }
      lengths[i] = code == 0 || bits == 0 ? -1L : bits; // nothing known: always try
    }
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(PiiTypes.PHONE_NUMBER);
  }

  @Override
  public String name() {
    return "phone";
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String cand = m.group();
      if (!Validators.phoneDigits(cand) || SSN_SHAPE.matcher(cand).matches()) {
        continue; // parsing in every region is the cost: skip what is written as an SSN or a date
      }
      double score = score(cand, Validators.digitCount(cand));
      if (score > 0) {
        out.add(new Detection(PiiTypes.PHONE_NUMBER, m.start(), m.end(), score, name()));
      }
    }
  }

  private double score(String cand, int digits) {
    boolean international = cand.startsWith("+") || cand.startsWith("00");
    if (international) {
      PhoneNumber n = parse(cand.startsWith("00") ? "+" + cand.substring(2) : cand, "ZZ");
      if (n == null) {
        return -1;
      }
      // reserved ranges (UK 07700 900xxx, US 555) are possible but not valid: still someone's way to write a phone
      return util.isValidNumber(n) ? 0.85 : util.isPossibleNumber(n) ? 0.6 : -1;
    }
    for (int i = 0; i < regions.size(); i++) {
      if ((lengths[i] & (1L << digits)) == 0) {
        continue;
      }
      String region = regions.get(i);
      PhoneNumber n = parse(cand, region);
      if (n != null && util.isValidNumberForRegion(n, region)) {
        return 0.7;
      }
    }
    return -1;
  }

  private PhoneNumber parse(String s, String region) {
    try {
      return util.parse(s, region);
    } catch (NumberParseException e) {
      return null; // not a number in this region: the caller tries the next one
    }
  }
}
