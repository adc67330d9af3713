package io.polylink.redact.recognize;

import io.polylink.kb.identifiers.Validators;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The built-in pattern recognizers, each with its validator: e-mail, phone (libphonenumber), payment card (Luhn),
 * IBAN (iban4j), IPv4/IPv6, URL, date and time, and national identifiers with checksums (US SSN, UK NINO, ES DNI/NIE,
 * FR NIR, IT codice fiscale, DE Steuer-IdNr).
 *
 * <p>Base scores: a value whose checksum holds scores 0.9-1.0; a value that only has the right shape scores lower
 * (bare years 0.45, unformatted SSNs 0.3) and needs a context word ({@link ContextWords}) to pass the default 0.5
 * threshold.
 */
public final class Recognizers {

  private Recognizers() {}

  /** The pattern recognizers with phone numbers parsed for {@code phoneRegion} first, then common regions. */
  public static List<Recognizer> patterns(String phoneRegion) {
    return patterns(phoneRegion, false);
  }

  /**
   * The pattern recognizers.
   *
   * @param phoneRegion default region for national phone numbers ({@code US}, {@code ES})
   * @param allPhoneRegions try every region libphonenumber knows for national numbers
   */
  public static List<Recognizer> patterns(String phoneRegion, boolean allPhoneRegions) {
    List<Recognizer> r = new ArrayList<>();
    r.add(email());
    r.add(new PhoneRecognizer(phoneRegion, allPhoneRegions));
    r.add(creditCard());
    r.add(new IbanRecognizer());
    r.add(ipv4());
    r.add(ipv6());
    r.add(url());
    r.add(domain());
    r.addAll(dates());
    r.addAll(nationalIds());
    return List.copyOf(r);
  }

  static Recognizer email() {
    return new PatternRecognizer("email", PiiTypes.EMAIL_ADDRESS, Pattern.compile(
        "(?<![\\w.%+\\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62})"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}))*\\.[A-Za-z]{2,24}(?![\\w\\-])"), '@', PatternRecognizer.Start.anyOf(ALNUM),
        v -> {
          String local = v.substring(0, v.indexOf('@'));
          return local.endsWith(".") || local.contains("..") ? -1 : 1.0;
        });
  }

  static Recognizer creditCard() {
    return new PatternRecognizer("credit_card", PiiTypes.CREDIT_CARD, Pattern.compile(
        "(?<![\\w\\-.])[1-6]\\d{3}(?:[ \\-]?\\d{2,4}){2,4}(?:[ \\-]?\\d{1,3})?(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.anyOf("123456"),
        v -> {
          // mixed separators (4111 1111-1111 1111) are not how cards are written
          boolean space = v.indexOf(' ') >= 0;
          boolean dash = v.indexOf('-') >= 0;
          return space && dash ? -1 : Validators.luhn(v) ? 1.0 : -1;
        });
  }

  static Recognizer ipv4() {
    return new PatternRecognizer("ip", PiiTypes.IP_ADDRESS, Pattern.compile(
        "(?<![\\w.])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?!\\w|\\.\\d)"), '.', PatternRecognizer.Start.digit(),
        v -> Validators.ipv4(v) ? 0.95 : -1);
  }

  static Recognizer ipv6() {
    return new PatternRecognizer("ip", PiiTypes.IP_ADDRESS, Pattern.compile(
        "(?<![\\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\\d{1,3}(?:\\.\\d{1,3}){3})?(?![\\w:])"), ':', PatternRecognizer.Start.anyOf(HEX + ":"),
        v -> v.length() >= 3 && Validators.ipv6(v) ? 0.95 : -1);
  }

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String ALNUM = LETTERS + "0123456789";
  private static final String HEX = "0123456789ABCDEFabcdef";
  private static final String TLDS = "com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|me|tv|eu|online|site|"
      + "shop|store|tech|xyz";

  static Recognizer url() {
    return new PatternRecognizer("url", PiiTypes.URL, Pattern.compile(
        "(?i)(?<![\\w@])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'()\\[\\]{}]*[^\\s<>\"'()\\[\\]{}.,;:!?]"), (char) 0, PatternRecognizer.Start.anyOf("hHfFwW"),
        v -> 0.9);
  }

  /** Bare domain names ({@code shop.example.com}); only generic TLDs, two-letter ones read too often as something else. */
  static Recognizer domain() {
    return new PatternRecognizer("url", PiiTypes.URL, Pattern.compile(
        "(?i)(?<![\\w@./\\-])(?:[a-z0-9](?:[a-z0-9\\-]{0,62})\\.)+(?:" + TLDS + ")(?:\\.[a-z]{2})?(?:/[^\\s<>\"']*[^\\s<>\"'.,;:!?])?(?![\\w@\\-])"),
        '.', PatternRecognizer.Start.anyOf(ALNUM).and(PatternRecognizer.Start.wordStart()), v -> 0.6);
  }

  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|"
      + "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
      + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
      + "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
      + "januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|"
      + "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
      + "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
      + "januari|februari|maart|mei|augustus|augusti|maj|"
      + "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
      + "styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień";
  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
      + "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
      + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
      + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";

  static List<Recognizer> dates() {
    String day = "\\d{1,2}(?:st|nd|rd|th|º|er|\\.(?=\\s))?";
    // "5 et 6 août", "5 y 6 de mayo", "5 and 6 May"
    String days = "(?:" + day + "\\s*(?:,|et|y|and|und|e|en|i|och|au|al)\\s*)?" + day;
    return List.of(
        new PatternRecognizer("date", PiiTypes.DATE_TIME, Pattern.compile(
            "(?<![\\w\\-])\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+\\-]\\d{2}:?\\d{2})?)?(?![\\w\\-])"),
            '-', PatternRecognizer.Start.digit(), DateScores::iso),
        new PatternRecognizer("date", PiiTypes.DATE_TIME, Pattern.compile(
            "(?<![\\w/.\\-])\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?![\\w/\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.digit(),
            DateScores::numeric),
        // "3 de marzo de 2016", "March 3, 2016", "3rd of March", "March 2016"
        new PatternRecognizer("date", PiiTypes.DATE_TIME, Pattern.compile(
            "(?iu)(?<![\\w])(?:(?:" + WEEKDAYS + "),?\\s+)?(?:" + days + "\\s+(?:de\\s+|of\\s+)?)?(?:" + MONTHS
                + ")\\.?(?:\\s+" + day + "(?![\\w:]))?(?:,?\\s+(?:de\\s+)?\\d{4})?(?![\\w])"), (char) 0, PatternRecognizer.Start.wordStart().and(PatternRecognizer.Start.firstLetterOf(WEEKDAYS + "|" + MONTHS, true))
                .and(PatternRecognizer.Start.wordOf(WEEKDAYS + "|" + MONTHS, true)),
            v -> v.chars().anyMatch(Character::isDigit) ? 0.9 : 0.4),
        new PatternRecognizer("date", PiiTypes.DATE_TIME, Pattern.compile("(?iu)(?<![\\w])(?:" + WEEKDAYS + ")(?![\\w])"),
            (char) 0, PatternRecognizer.Start.wordStart().and(PatternRecognizer.Start.firstLetterOf(WEEKDAYS, false))
                .and(PatternRecognizer.Start.wordOf(WEEKDAYS, false)), v -> 0.6),
        new PatternRecognizer("date", PiiTypes.DATE_TIME, Pattern.compile("(?<![\\w.,\\-/])(?:19|20)\\d{2}(?![\\w\\-/]|[.,]\\d)"),
            (char) 0, PatternRecognizer.Start.anyOf("12"), DateScores::year),
        new PatternRecognizer("date", PiiTypes.DATE_TIME, Pattern.compile(
            "(?i)(?<![\\w:.])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?![\\w:])"), ':', PatternRecognizer.Start.digit(), DateScores::time));
  }

  static List<Recognizer> nationalIds() {
    return List.of(
        new PatternRecognizer("us_ssn", PiiTypes.US_SSN, Pattern.compile(
            "(?<![\\w\\-.])\\d{3}([\\-. ])\\d{2}\\1\\d{4}(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.digit(),
            v -> Validators.usSsn(v) ? 0.85 : -1),
        new PatternRecognizer("us_ssn", PiiTypes.US_SSN, Pattern.compile("(?<![\\w\\-.])\\d{9}(?![\\w\\-]|\\.\\d)"),
            (char) 0, PatternRecognizer.Start.digit(), v -> Validators.usSsn(v) ? 0.3 : -1),
        new PatternRecognizer("uk_nino", PiiTypes.UK_NINO, Pattern.compile(
            "(?i)(?<![\\w])[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![\\w])"), (char) 0, PatternRecognizer.Start.anyOf(LETTERS).and(PatternRecognizer.Start.wordStart()),
            v -> Validators.ukNino(v) ? 0.85 : -1),
        new PatternRecognizer("es_nif", PiiTypes.ES_NIF, Pattern.compile(
            "(?<![\\w\\-])\\d{8}[\\- ]?[A-Za-z](?![\\w])"), (char) 0, PatternRecognizer.Start.digit(), v -> Validators.esDni(v) ? 0.95 : -1),
        new PatternRecognizer("es_nie", PiiTypes.ES_NIE, Pattern.compile(
            "(?<![\\w\\-])[XYZxyz][\\- ]?\\d{7}[\\- ]?[A-Za-z](?![\\w])"), (char) 0, PatternRecognizer.Start.anyOf("XYZxyz"), v -> Validators.esNie(v) ? 0.95 : -1),
        new PatternRecognizer("fr_nir", PiiTypes.FR_NIR, Pattern.compile(
            "(?<![\\w])[12378] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[ABab]) ?\\d{3} ?\\d{3} ?\\d{2}(?![\\w])"), (char) 0, PatternRecognizer.Start.anyOf("12378"),
            v -> Validators.frNir(v) ? 0.95 : -1),
        new PatternRecognizer("it_fiscal_code", PiiTypes.IT_FISCAL_CODE, Pattern.compile(
            "(?i)(?<![\\w])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\\w])"),
            (char) 0, PatternRecognizer.Start.anyOf(LETTERS).and(PatternRecognizer.Start.wordStart()), v -> Validators.itFiscalCode(v) ? 0.95 : -1),
        // a checksum digit that holds for 1 in 10 random numbers: needs a context word to pass
        new PatternRecognizer("de_tax_id", PiiTypes.DE_TAX_ID, Pattern.compile(
            "(?<![\\w\\-.])[1-9]\\d(?: ?\\d{3}){3}(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.anyOf("123456789"),
            v -> Validators.deTaxId(v) ? 0.4 : -1),
        // national numbers of countries whose languages the text must be in: nine or eleven bare digits are common
        gated(new PatternRecognizer("nl_bsn", PiiTypes.NL_BSN, Pattern.compile(
            "(?<![\\w\\-.])\\d{4}\\.?\\d{2}\\.?\\d{3}(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.digit(),
            v -> Validators.nlBsn(v) ? 0.4 : -1), "nl"),
        gated(new PatternRecognizer("pl_pesel", PiiTypes.PL_PESEL, Pattern.compile(
            "(?<![\\w\\-.])\\d{11}(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.digit(),
            v -> Validators.plPesel(v) ? 0.85 : -1), "pl"),
        gated(new PatternRecognizer("pt_nif", PiiTypes.PT_NIF, Pattern.compile(
            "(?<![\\w\\-.])\\d{3} ?\\d{3} ?\\d{3}(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.digit(),
            v -> Validators.ptNif(v) ? 0.4 : -1), "pt"),
        gated(new PatternRecognizer("be_national_number", PiiTypes.BE_NATIONAL_NUMBER, Pattern.compile(
            "(?<![\\w\\-.])\\d{2}\\.?\\d{2}\\.?\\d{2}[\\- ]?\\d{3}\\.?\\d{2}(?![\\w\\-]|\\.\\d)"), (char) 0,
            PatternRecognizer.Start.digit(), v -> Validators.beNationalNumber(v) ? 0.85 : -1), "nl", "fr", "de"),
        gated(new PatternRecognizer("se_personnummer", PiiTypes.SE_PERSONNUMMER, Pattern.compile(
            "(?<![\\w\\-.])(?:\\d{2})?\\d{6}[\\-+]?\\d{4}(?![\\w\\-]|\\.\\d)"), (char) 0, PatternRecognizer.Start.digit(),
            v -> Validators.sePersonnummer(v) ? 0.85 : -1), "sv"));
  }

  /** {@code r} run only on text of {@code languages}. */
  static Recognizer gated(Recognizer r, String... languages) {
    java.util.Set<String> langs = java.util.Set.of(languages);
    return new Recognizer() {
      @Override
      public String name() {
        return r.name();
      }

      @Override
      public java.util.Set<String> types() {
        return r.types();
      }

      @Override
      public java.util.Set<String> languages() {
        return langs;
      }

      @Override
      public void recognize(String text, String language, List<io.polylink.redact.Detection> out) {
        r.recognize(text, language, out);
      }
    };
  }
}
