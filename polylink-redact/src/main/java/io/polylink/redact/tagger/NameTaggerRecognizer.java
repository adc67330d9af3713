package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import io.polylink.redact.Recognizer;
import io.polylink.redact.recognize.MatchStarts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Persons, locations, organizations and street addresses from the {@link BuiltInNameModel}, with two repairs the
 * line-by-line tagger cannot make itself: a span without a capital letter is dropped unless the name lists know one
 * of its words (lower-case text is mostly not a name), and an address written over several lines ("12 Elm St" /
 * "Suite 5" / "Springfield, IL 62704" / "USA") is joined into one span, taking in the place names and postcode lines
 * that follow its street line. Addresses score below validated patterns (a phone number or IP address next to an
 * address keeps its own type): 0.6 for one line, 0.8 joined from several parts; a bare number is no address.
 */
public final class NameTaggerRecognizer implements Recognizer {

  /** Lines of at most this many tokens after a street line may continue an address. */
  private static final int MAX_CONTINUATION_TOKENS = 6;
  private static final int MAX_CONTINUATION_LINES = 4;
  static final double ADDRESS_SCORE = 0.6;
  static final double JOINED_ADDRESS_SCORE = 0.8;

  private final TaggerModel model;

  // compiled once: split() and matches() with a regex compile it at every call, and these run per detection or line
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern SPACE_COMMA = java.util.regex.Pattern.compile("[\\s,]+");
  private static final java.util.regex.Pattern SPACE_DOT_COMMA = java.util.regex.Pattern.compile("[\\s.,]+");
  private static final java.util.regex.Pattern SPACE_COMMA_AMP = java.util.regex.Pattern.compile("[\\s,&]+");
  private static final java.util.regex.Pattern AFTER_NUMBER = java.util.regex.Pattern.compile("(?s).*\\d[\\p{L}]?[\\s,]+");
  private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’-]+");
  private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
  private static final java.util.regex.Pattern TWO_LETTERS = java.util.regex.Pattern.compile("\\p{L}{2,}");

  public NameTaggerRecognizer(TaggerModel model) {
    if (model == null) {
      throw new IllegalArgumentException("name tagger recognizer needs a model");
    }
    this.model = model;
  }

  /** The built-in model. */
  public static NameTaggerRecognizer builtIn() {
    return new NameTaggerRecognizer(BuiltInNameModel.get());
  }

  @Override
  public String name() {
    return "name-tagger";
  }

  /** English: its function words, cue words and tagger were built from English text. */
  @Override
  public java.util.Set<String> languages() {
    return java.util.Set.of("en");
  }

  @Override
  public java.util.Set<String> types() {
    return java.util.Set.of(PiiTypes.PERSON, PiiTypes.LOCATION, PiiTypes.ORGANIZATION, PiiTypes.STREET_ADDRESS);
  }

  @Override
  public void recognize(String text, String language, List<Detection> out) {
    List<Detection> found = new ArrayList<>();
    for (Detection d : model.tag(text)) {
      if (!d.type().equals(PiiTypes.STREET_ADDRESS) && !hasUpper(text, d.start(), d.end())
          && !model.inGazetteer(text.substring(d.start(), d.end()))) {
        continue;
      }
      int start = d.start();
      int end = d.end();
      while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
        start++; // "> Name" in quoted mail
      }
      if (!d.type().equals(PiiTypes.STREET_ADDRESS) && hasUpper(text, start, end)) {
        int[] kept = withoutProse(text, start, end);
        start = kept[0];
        end = kept[1];
      }
      if (end - start > 3 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
        end -= 2; // "Acme's": the possessive is not part of the name
      }
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
          && !(text.charAt(end - 1) == '.' && keepsDot(text, start, end - 1, d.type()))) {
        end--;
      }
      if (english(language) && !d.type().equals(PiiTypes.STREET_ADDRESS) && sentenceStart(text, start)) {
        start = withoutSentenceStartWords(text, start, end, d.type());
      }
      if (english(language) && end > start && ordinaryWord(text, start, end, d.type())) {
        continue;
      }
      if (end > start && !notAName(text, start, end, d.type())) {
        String span = text.substring(start, end);
        String type = regionOfAPlace(span) ? PiiTypes.LOCATION
            : d.type().equals(PiiTypes.LOCATION) && givenAndFamilyName(span) ? PiiTypes.PERSON : d.type();
        found.add(new Detection(type, start, end, d.score(), name()));
      }
    }
    addOfficeNames(text, found);
    addPostalForms(text, found);
    addSuffixedCompanies(text, found);
    found.sort(Comparator.comparingInt(Detection::start));
    List<Detection> joined = joinAddresses(text, streetNames(text, found));
    out.addAll(coordinatedFirms(text, companyLines(text, companyFirstLines(text, joined))));
  }

  /**
   * A person or organization that begins or ends with a street word ("Glyn St", "Via dei Fiorentini", "Elisabeth
   * Parks") and stands right after a house number or next to an address on its line is a street name.
   */
  private List<Detection> streetNames(String text, List<Detection> found) {
    List<Detection> out = new ArrayList<>(found);
    for (int k = 0; k < out.size(); k++) {
      Detection d = out.get(k);
      if (!(d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))) {
        continue;
      }
      if (afterCorner(text, d.start())) {
        out.set(k, new Detection(PiiTypes.STREET_ADDRESS, d.start(), d.end(), ADDRESS_SCORE, name()));
        continue;
      }
      String[] words = SPACE_DOT_COMMA.split(text.substring(d.start(), d.end()));
      if (words.length < 2 || !(street(words[0]) || street(words[words.length - 1]))) {
        continue;
      }
      boolean number = AFTER_NUMBER.matcher(text.substring(lineStart(text, d.start()), d.start())).matches();
      boolean besideAddress = k > 0 && sameLineGap(text, out.get(k - 1).end(), d.start())
          && out.get(k - 1).type().equals(PiiTypes.STREET_ADDRESS)
          || k + 1 < out.size() && sameLineGap(text, d.end(), out.get(k + 1).start())
          && out.get(k + 1).type().equals(PiiTypes.STREET_ADDRESS);
      if (number || besideAddress) {
        out.set(k, new Detection(PiiTypes.STREET_ADDRESS, d.start(), d.end(), ADDRESS_SCORE, name()));
      }
    }
    return out;
  }

  /**
   * Address forms without a street name: post office boxes ("P.O. Box 149") and US military addresses ("USNS
   * Bergman", "PSC 4115, Box 7815", "FPO AP 93757"). A name the tagger saw inside one ("P.O." as a company) gives way.
   */
  static final java.util.regex.Pattern POSTAL = java.util.regex.Pattern.compile(
      "\\b(?:P\\.[ \\t]?O\\.|PO|Post[ \\t]+Office)[ \\t]*Box[ \\t]+\\d{1,6}\\b"
          + "|\\b(?:USNS|USNV|USS|USCGC)[ \\t]+\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?"
          + "|\\b(?:PSC|CMR|Unit)[ \\t]+\\d{3,5},?[ \\t]+Box[ \\t]+\\d{1,5}\\b"
          + "|\\b(?:FPO|APO|DPO)[ \\t]+(?:AA|AE|AP)[ \\t]+\\d{5}\\b");

  private void addPostalForms(String text, List<Detection> found) {
    if (!text.contains("Box") && !text.contains("US") && !text.contains("PO ")) {
      return; // every form holds one of these
    }
    java.util.regex.Matcher m = POSTAL.matcher(text);
    SortedDetections all = null;
    while (MatchStarts.find(m, text, POSTAL_START)) {
      all = all == null ? new SortedDetections(found) : all;
      all.removeOverlapping(m.start(), m.end(), d -> !d.type().equals(PiiTypes.STREET_ADDRESS));
      all.add(new Detection(PiiTypes.STREET_ADDRESS, m.start(), m.end(), ADDRESS_SCORE, name()));
    }
    if (all != null) {
      found.clear();
      found.addAll(all.result());
    }
  }

  /**
   * The company line of a postal block: in "Person / [job title] / Company / street address", the short line right
   * above an address that starts its line, below a line with a person, names the addressee's organization, whatever
   * its case ("Topcoder", "stillwater supercomputing inc.", "hubbard, fox and gillespie"), when nothing was found on
   * it, or only a one-word "person" that no name list knows. A line that reads as a job title ("Sewer pipe
   * cleaner") is left alone, and so is a second addressee.
   */
  private List<Detection> companyLines(String text, List<Detection> found) {
    SortedDetections all = null;
    for (Detection a : found) {
      if (!a.type().equals(PiiTypes.STREET_ADDRESS)) {
        continue;
      }
      int lineStart = lineStart(text, a.start());
      if (lineStart < 2 || text.substring(lineStart, a.start()).chars().anyMatch(Character::isLetterOrDigit)) {
        continue;
      }
      int[] company = lineContent(text, lineStart(text, lineStart - 1), lineStart - 1);
      if (company == null || !companyLike(text.substring(company[0], company[1]))) {
        continue;
      }
      all = all == null ? new SortedDetections(found) : all;
      String line = text.substring(company[0], company[1]);
      boolean oneUnlistedWord = ONE_WORD.matcher(line).matches() && !model.inGazetteer(line);
      if (all.overlapping(company[0], company[1]).stream()
          .anyMatch(d -> !(oneUnlistedWord && d.type().equals(PiiTypes.PERSON)))) {
        continue; // already found: a company, or a second addressee
      }
      if (personOnLinesAbove(text, all, company[0])) {
        all.removeOverlapping(company[0], company[1], d -> true);
        all.add(new Detection(PiiTypes.ORGANIZATION, company[0], company[1], ADDRESS_SCORE, name()));
      }
    }
    return all == null ? found : all.result();
  }

  /** Whether a person (a detection given to {@code all}) stands within one of the two lines above that of {@code at}. */
  private static boolean personOnLinesAbove(String text, SortedDetections all, int at) {
    int above = lineStart(text, at);
    for (int k = 0; k < 2 && above >= 2; k++) {
      int from = lineStart(text, above - 1);
      int to = above - 1;
      if (all.anyGiven(from, to, d -> d.type().equals(PiiTypes.PERSON) && d.start() >= from && d.end() <= to)) {
        return true;
      }
      above = from;
    }
    return false;
  }

  /**
   * The company line that the tagger read as the first line of an address: in "Person / [job title] / Company /
   * 12 Street ...", an address whose first line has no digit, looks like a company's name and is followed by a line
   * that starts with a number or a postal form ("Hopstop" / "PSC 6477, Box 2981"), with a person on one of the two
   * lines above, is that company and the address below it.
   */
  private List<Detection> companyFirstLines(String text, List<Detection> found) {
    List<Detection> out = null;
    SortedDetections index = null;
    for (int k = 0; k < found.size(); k++) {
      Detection a = found.get(k);
      int[] split = a.type().equals(PiiTypes.STREET_ADDRESS) ? companyFirstLine(text, a) : null;
      if (split != null) {
        index = index == null ? new SortedDetections(found) : index;
        if (!personOnLinesAbove(text, index, split[0])) {
          split = null;
        }
      }
      if (split != null && out == null) {
        out = new ArrayList<>(found.subList(0, k));
      }
      if (split != null) {
        out.add(new Detection(PiiTypes.ORGANIZATION, split[0], split[1], ADDRESS_SCORE, name()));
        out.add(new Detection(PiiTypes.STREET_ADDRESS, split[2], a.end(), a.score(), name()));
      } else if (out != null) {
        out.add(a);
      }
    }
    return out == null ? found : out;
  }

  /**
   * {company start, company end, address start} when the first line of address {@code a} is a company line above a
   * line that starts with a number or a postal form; null otherwise.
   */
  private static int[] companyFirstLine(String text, Detection a) {
    int firstEnd = text.indexOf('\n', a.start());
    if (firstEnd < 0 || firstEnd >= a.end()) {
      return null;
    }
    int[] company = lineContent(text, a.start(), firstEnd);
    if (company == null || text.substring(lineStart(text, a.start()), company[0]).chars()
        .anyMatch(Character::isLetterOrDigit) || !companyLike(text.substring(company[0], company[1]))
        || POSTAL.matcher(text).region(company[0], company[1]).lookingAt()) {
      return null; // "USNS Bergman" / "FPO AP 93757" is one address
    }
    int rest = firstEnd + 1;
    while (rest < a.end() && !Character.isLetterOrDigit(text.charAt(rest))) {
      rest++;
    }
    if (rest >= a.end() || !(Character.isDigit(text.charAt(rest))
        || POSTAL.matcher(text).region(rest, a.end()).lookingAt())) {
      return null;
    }
    return new int[] {company[0], company[1], rest};
  }

  /**
   * A list of capitalized words joined by commas and a final "and" or "&" ("Barnett, Melton and Garcia", "Davis,
   * Reynolds and Williamson"), part of which the tagger read as an organization, names one firm (law and accounting
   * firms are named so); the parts it read as persons or places go into it. A list after words that announce people
   * ("our founders: Rudi, Jackson and Campos") is a list of persons, and a list of mostly listed place names
   * ("Madrid, Oslo and Hamburg") one of places: one detection each.
   */
  private List<Detection> coordinatedFirms(String text, List<Detection> found) {
    if (text.indexOf(", ") < 0 || !(text.contains(" and ") || text.contains(" & "))) {
      return found; // the cheap test first: most texts hold no such list
    }
    java.util.regex.Matcher m = COORDINATED.matcher(text);
    SortedDetections all = null;
    while (MatchStarts.find(m, text, COORDINATED_START)) {
      all = all == null ? new SortedDetections(found) : all;
      List<Detection> parts = all.overlapping(m.start(), m.end());
      boolean people = io.polylink.redact.recognize.ContextWords.personContext(text, m.start());
      if (people || mostlyPlaces(m.group())) {
        String type = people ? PiiTypes.PERSON : PiiTypes.LOCATION;
        for (Detection d : parts) { // "founders: Ingrid, Bertrand and Osei", "Madrid, Oslo and Hamburg": one each
          if ((d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))
              && d.start() >= m.start() && d.end() <= m.end()) {
            all.removeOverlapping(d.start(), d.end(), x -> x == d);
            java.util.regex.Matcher w = LIST_ITEM.matcher(text).region(d.start(), d.end());
            while (w.find()) {
              all.add(new Detection(type, w.start(), w.end(), d.score(), name()));
            }
          }
        }
        continue;
      }
      if (parts.stream().noneMatch(d -> d.type().equals(PiiTypes.ORGANIZATION))
          || parts.stream().anyMatch(d -> d.type().equals(PiiTypes.STREET_ADDRESS))) {
        continue;
      }
      int s = m.start();
      int e = m.end();
      double score = OFFICE_SCORE;
      for (Detection d : parts) {
        score = Math.max(score, d.score());
        s = Math.min(s, d.start());
        if (d.type().equals(PiiTypes.ORGANIZATION)) {
          e = Math.max(e, d.end()); // "Davis, Reynolds and Williamson Orchestra"
        }
      }
      all.removeOverlapping(s, e, d -> true);
      all.add(new Detection(PiiTypes.ORGANIZATION, s, e, score, name()));
    }
    return all == null ? found : all.result();
  }

  /** Whether at least half the words of a list are listed place names ("Paris, London and Berlin"). */
  private boolean mostlyPlaces(String list) {
    java.util.regex.Matcher w = LIST_ITEM.matcher(list);
    int words = 0;
    int places = 0;
    while (w.find()) {
      words++;
      places += model.gazetteerClass(w.group()).contains("place") ? 1 : 0;
    }
    return 2 * places >= words;
  }

  /** A capitalized word of such a list. */
  private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’-]+");

  /** Two to five capitalized words, comma-separated, the last after "and" or "&", on one line. */
  static final java.util.regex.Pattern COORDINATED = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{M}'’-])(?:\\p{Lu}[\\p{L}\\p{M}'’-]+,[ \t]+){1,4}\\p{Lu}[\\p{L}\\p{M}'’-]+,?[ \t]+(?:and|&)[ \t]+"
          + "\\p{Lu}[\\p{L}\\p{M}'’-]+(?![\\p{L}\\p{M}])");

  /**
   * A single word of English text that the dictionary writes only in lower case, or that the lexicon knows only as
   * English vocabulary ("like Wisdom and Discipline", "Just posted a photo"): capitalized for emphasis or by the
   * sentence start, not a name, unless a name list knows it or its context calls it a firm ("works at Adaptive").
   */
  private boolean ordinaryWord(String text, int start, int end, String type) {
    if (!(type.equals(PiiTypes.PERSON) || type.equals(PiiTypes.ORGANIZATION))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    String word = text.substring(start, end);
    boolean vocabulary = EnglishWords.onlyLowerCase(word) || model.gazetteerClass(word).equals(Gazetteer.WORD);
    return vocabulary && !model.inGazetteer(word)
        && !io.polylink.redact.recognize.ContextWords.organizationContext(text, start, end);
  }

  /** The words of a line without leading bullets or quote marks and trailing punctuation, or null when none. */
  private static int[] lineContent(String text, int from, int to) {
    while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '.') {
      to--;
    }
    return to > from ? new int[] {from, to} : null;
  }

  /** Endings of job titles ("cleaner", "director", "nurse"), when the last word is an ordinary English word. */
  private static final java.util.regex.Pattern TITLE_END = java.util.regex.Pattern.compile(
      "(?:er|or|ist|ian|ant|ent|ee|man|woman|person|nurse|officer|chef|clerk|aide|agent|secretary|assistant|head"
          + "|lead|partner|associate|executive|representative|therapist|surgeon|physician)\\z");

  /** One to five words, letters first, no digits, no sentence: a company name in any case, not a job title. */
  private static boolean companyLike(String line) {
    if (line.length() > 60 || line.chars().anyMatch(Character::isDigit) || line.contains(":") || line.contains("@")
        || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    String[] words = SPACE_COMMA_AMP.split(line);
    if (words.length > 5) {
      return false;
    }
    String last = NOT_LETTER.matcher(words[words.length - 1]).replaceAll("");
    return !(EnglishWords.onlyLowerCase(last) && TITLE_END.matcher(last.toLowerCase(java.util.Locale.ROOT)).find());
  }

  /** Legal forms that end a company's name ("Inc.", "Incorporated", "GmbH", "S.A."), matched without case. */
  static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
      "(?i)(?<=[\\p{L}\\p{N}])[ \\t]+(?:inc\\.?|incorporated|llc|l\\.l\\.c\\.|llp|ltd\\.?|limited|corp\\.?|corporation"
          + "|plc|gmbh|s\\.a\\.|s\\.p\\.a\\.|sarl|b\\.v\\.|n\\.v\\.|pty\\.?[ \\t]+ltd\\.?|ltda\\.?|oyj?|a/s)"
          + "(?![\\p{L}\\p{N}])");

  /** A name word before a legal form: letters, digits, inner hyphens, apostrophes or an ampersand. */
  private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile(
      "[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*");

  /**
   * A company named by its legal form, in any case ("Galorath Incorporated", "stillwater supercomputing inc."): up
   * to four words before the form, not crossing a function word, punctuation or a line end; leading ordinary
   * English words go ("Contact Acme Inc." is "Acme Inc."), and one word must remain. It replaces a person or a
   * shorter company the tagger saw there.
   */
  private void addSuffixedCompanies(String text, List<Detection> found) {
    java.util.regex.Matcher m = LEGAL_FORM.matcher(text);
    SortedDetections all = null;
    while (MatchStarts.find(m, text, LEGAL_FORM_START)) {
      List<int[]> words = new ArrayList<>();
      int at = m.start();
      while (words.size() < 4 && at > 0) {
        int e = at;
        int b = e;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || "'’&-".indexOf(text.charAt(b - 1)) >= 0)) {
          b--;
        }
        if (b == e || !NAME_WORD.matcher(text.substring(b, e)).matches()
            || Gazetteer.STOP.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT))
            || text.substring(b, e).chars().allMatch(Character::isDigit)) {
          break;
        }
        words.add(0, new int[] {b, e});
        if (b == 0 || text.charAt(b - 1) != ' ') {
          break;
        }
        at = b - 1;
      }
      while (!words.isEmpty() && EnglishWords.onlyLowerCase(text.substring(words.get(0)[0], words.get(0)[1]))) {
        words.remove(0);
      }
      if (words.isEmpty()) {
        continue;
      }
      int s = words.get(0)[0];
      int e = m.end();
      all = all == null ? new SortedDetections(found) : all;
      if (all.overlapping(s, e).stream().anyMatch(d -> d.type().equals(PiiTypes.ORGANIZATION) && d.start() <= s
          && e <= d.end())) {
        continue;
      }
      all.removeOverlapping(s, e, d -> d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION));
      all.add(new Detection(PiiTypes.ORGANIZATION, s, e, OFFICE_SCORE, name()));
    }
    if (all != null) {
      found.clear();
      found.addAll(all.result());
    }
  }

  /** "the corner of Dalbraut 99 and ": the name that follows is a street too. */
  private static final java.util.regex.Pattern CORNER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:corner|intersection|junction|crossing)\\s+of\\s+\\S.*\\s(?:and|&)\\s+\\z");

  /** Whether "the corner of X and " (or an intersection, junction, crossing) ends right before {@code at}. */
  private static boolean afterCorner(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
      end--;
    }
    boolean and = end >= 4 && text.regionMatches(true, end - 4, " and", 0, 4)
        || end >= 1 && text.charAt(end - 1) == '&';
    if (!and) {
      return false; // the cheap test first: most names follow no "and"
    }
    int from = Math.max(lineStart(text, at), at - 160);
    return CORNER.matcher(text.substring(from, at)).find();
  }

  private boolean street(String word) {
    return model.gazetteerClass(word).contains(Gazetteer.STREET);
  }

  private static boolean sameLineGap(String text, int from, int to) {
    return from <= to && text.substring(from, to).chars().allMatch(c -> c == ' ' || c == ',' || c == '\t');
  }

  /** Where a postal form may start: each begins with one of these letters ("P.O.", "USNS", "CMR", "FPO", ...). */
  static final MatchStarts.Start POSTAL_START = (t, i) -> "PUCFAD".indexOf(t.charAt(i)) >= 0;
  /** Where a legal form's match may start: at the blank before it. */
  static final MatchStarts.Start LEGAL_FORM_START = (t, i) -> t.charAt(i) == ' ' || t.charAt(i) == '\t';
  /** Where a list of capitalized words may start: at an upper-case letter. */
  static final MatchStarts.Start COORDINATED_START = (t, i) -> Character.isUpperCase(Character.codePointAt(t, i));

  private static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', at - 1) + 1;
  }

  /**
   * Whether detection {@code j}, a person or organization on the line of an address, is part of it: written in
   * capitals as postal towns are ("SAINT-PRIEST"), or followed on that line by more of the address ("Lyngveien" in
   * "8514 Lyngveien 46 Apt. 085", "SAINT-PRIEST France").
   */
  private boolean addressWord(String text, List<Detection> found, int j) {
    Detection d = found.get(j);
    if (!(d.type().equals(PiiTypes.PERSON) || d.type().equals(PiiTypes.ORGANIZATION))) {
      return false;
    }
    String s = text.substring(d.start(), d.end());
    if (s.chars().noneMatch(Character::isLowerCase) && s.chars().filter(Character::isLetter).count() >= 3) {
      return true;
    }
    if (j + 1 < found.size() && sameLineGap(text, d.end(), found.get(j + 1).start())) {
      String t = found.get(j + 1).type();
      return t.equals(PiiTypes.STREET_ADDRESS) || t.equals(PiiTypes.LOCATION);
    }
    return false;
  }

  private List<Detection> joinAddresses(String text, List<Detection> found) {
    List<Detection> out = new ArrayList<>();
    int i = 0;
    while (i < found.size()) {
      Detection d = found.get(i);
      if (!d.type().equals(PiiTypes.STREET_ADDRESS)) {
        out.add(d);
        i++;
        continue;
      }
      int start = d.start();
      int end = d.end();
      int parts = 1;
      int j = i + 1;
      int lines = 0;
      while (true) {
        while (j < found.size() && found.get(j).start() < end) {
          end = Math.max(end, found.get(j).end()); // swallowed by a continuation: part of the address
          j++;
        }
        // the rest of the current line, then whole short lines, as long as they hold only address material
        int next = j < found.size() ? found.get(j).start() : -1;
        String gap = next >= 0 ? text.substring(end, next) : null;
        if (gap != null && gap.chars().allMatch(c -> c == ' ' || c == ',' || c == '\n' || c == '>' || c == '\t')
            && gap.chars().filter(c -> c == '\n').count() <= 1
            && (found.get(j).type().equals(PiiTypes.STREET_ADDRESS) || found.get(j).type().equals(PiiTypes.LOCATION)
                || gap.indexOf('\n') < 0 && addressWord(text, found, j))) {
          end = found.get(j).end();
          parts++;
          j++;
          continue;
        }
        int lineEnd = lineEnd(text, end);
        String rest = text.substring(end, lineEnd);
        if (!rest.isBlank() && plainContinuation(rest)) {
          end = end + rest.stripTrailing().length();
          parts++;
          continue;
        }
        if (lineEnd >= text.length() || lines >= MAX_CONTINUATION_LINES) {
          break;
        }
        int nextLineEnd = lineEnd(text, lineEnd + 1);
        String nextLine = text.substring(lineEnd + 1, nextLineEnd);
        boolean detectedThere = j < found.size() && found.get(j).start() < nextLineEnd;
        if (!detectedThere && !plainContinuation(nextLine)) {
          break;
        }
        if (!detectedThere) {
          int lead = 0;
          while (lead < nextLine.length() && (nextLine.charAt(lead) == ' ' || nextLine.charAt(lead) == '>')) {
            lead++;
          }
          end = lineEnd + 1 + lead + nextLine.substring(lead).stripTrailing().length();
          parts++;
        } else {
          String before = text.substring(end, found.get(j).start());
          if (!before.chars().allMatch(c -> c == ' ' || c == ',' || c == '\n' || c == '>' || c == '\t')
              || !(found.get(j).type().equals(PiiTypes.STREET_ADDRESS) || found.get(j).type().equals(PiiTypes.LOCATION)
                  || townLine(text, found, j, nextLineEnd))) {
            break;
          }
          end = found.get(j).end();
          parts++;
          j++;
        }
        lines++;
      }
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
          && !(text.charAt(end - 1) == '.' && keepsDot(text, start, end - 1, PiiTypes.STREET_ADDRESS))) {
        end--; // a sentence's period is no part of the address; "Ave." keeps its dot
      }
      if (TWO_LETTERS.matcher(text).region(start, end).find()) {
        out.add(new Detection(PiiTypes.STREET_ADDRESS, start, end, parts > 1 ? JOINED_ADDRESS_SCORE : ADDRESS_SCORE,
            name()));
      }
      i = j;
    }
    return out;
  }

  /**
   * Whether detection {@code j}, a person or organization, is a whole line of its own right after an address line
   * and is followed by a line that goes on with the address: a town the tagger took for a name ("Artilleros" between
   * a street and ", CO").
   */
  private boolean townLine(String text, List<Detection> found, int j, int lineEnd) {
    Detection d = found.get(j);
    if (d.end() > lineEnd || lineEnd >= text.length() || !text.substring(d.end(), lineEnd).isBlank()) {
      return false;
    }
    int afterEnd = lineEnd(text, lineEnd + 1);
    boolean detectedAfter = j + 1 < found.size() && found.get(j + 1).start() < afterEnd
        && (found.get(j + 1).type().equals(PiiTypes.STREET_ADDRESS)
            || found.get(j + 1).type().equals(PiiTypes.LOCATION));
    return detectedAfter || plainContinuation(text.substring(lineEnd + 1, afterEnd));
  }


  /** "The Avalara office", "the Acme Corp. headquarters": a capitalized name between "the" and such a noun. */
  private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
      "\\b[Tt]he\\s+(\\p{Lu}[\\p{L}\\p{M}\\p{Nd}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\p{Nd}.'’&-]*){0,3})\\s+"
          + "(?:office|offices|headquarters|team|store|stores|branch|factory|website|staff|board)\\b");

  /**
   * Organizations named in "the X office" that the tagger missed; a place ("the London office") is left to the
   * place recognizers.
   */
  private void addOfficeNames(String text, List<Detection> found) {
    java.util.regex.Matcher m = OFFICE.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      boolean covered = false;
      for (Detection d : found) {
        covered |= d.start() < end && start < d.end();
      }
      boolean place = true;
      for (String w : SPACES.split(m.group(1))) {
        place &= model.gazetteerClass(w).contains("place");
      }
      if (!covered && !place) {
        found.add(new Detection(PiiTypes.ORGANIZATION, start, end, OFFICE_SCORE, name()));
      }
    }
  }

  static final double OFFICE_SCORE = 0.7;

  /**
   * "Jane Doe", "Maria del Carmen Ruiz": a listed given name, then a listed family name, and no listed place among
   * the words — a person, whatever the tagger's reading of the words around it ("today, Jane Doe.").
   */
  private boolean givenAndFamilyName(String span) {
    String[] words = SPACES.split(span);
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (model.gazetteerClass(w).contains("place")) {
        return false;
      }
    }
    return model.gazetteerClass(words[0]).contains("given")
        && model.gazetteerClass(words[words.length - 1]).contains("family");
  }

  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
      "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer");

  /** "Southern Tunisia", "Greater London": a direction word before a listed place name is a region, not a firm. */
  private boolean regionOfAPlace(String span) {
    String[] words = SPACES.split(span);
    if (words.length < 2 || !DIRECTIONS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!model.gazetteerClass(words[i]).contains("place")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name inside a capitalized detection that took in prose: leading lower-case words and a leading article go
   * ("see Guilty", "The Acme Orchestra"), and the span ends before a lower-case word that is neither a particle nor a
   * function word ("Acme resignation Letter"); "Bank of America", "Ludwig van Beethoven" keep theirs.
   */
  private static int[] withoutProse(String text, int start, int end) {
    java.util.regex.Matcher m = WORD.matcher(text).region(start, end);
    int from = -1;
    int to = end;
    while (m.find()) {
      String w = m.group();
      boolean lower = w.chars().noneMatch(Character::isUpperCase);
      boolean function = Gazetteer.STOP.contains(w.toLowerCase(java.util.Locale.ROOT)) || PARTICLES.contains(w);
      if (from < 0) {
        if (lower || w.equals("The")) {
          continue; // leading prose or article
        }
        from = m.start();
      } else if (lower && !function) {
        to = m.start();
        break;
      }
    }
    if (from < 0) {
      return new int[] {start, end};
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}'’]+");

  /** Lower-case words inside names of many languages ("van", "de", "bin"). */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "la", "le", "du", "des", "del",
      "della", "di", "da", "van", "von", "der", "den", "het", "ter", "ten", "zu", "dos", "das", "do", "y", "e", "et",
      "und", "och", "og", "bin", "ibn", "al", "el", "bint", "af", "av", "for");

  /** English text, or text of a language not given: where {@link EnglishWords} applies. */
  private static boolean english(String language) {
    return language == null || language.isEmpty() || language.equals("en") || language.startsWith("en-");
  }

  /** Whether only whitespace, opening quotes or brackets stand between {@code at} and a sentence or line start. */
  static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) != '\n'
        && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(«[*>-–—•".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * The start of a name at a sentence start once leading ordinary words are gone: capitals there say nothing, so a
   * word that the English dictionary writes only in lower case is no name ("Guilty", "Pedestrians"); it goes alone
   * or before a person ("Congratulations Maria Lopez"), not from inside a company ("Clean Power Finance"). Returns
   * {@code end} when nothing is left.
   */
  static int withoutSentenceStartWords(String text, int start, int end, String type) {
    int from = start;
    while (from < end) {
      int wordEnd = from;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      boolean last = wordEnd == end;
      if (wordEnd == from || (!last && (wordEnd >= end || text.charAt(wordEnd) != ' '))) {
        return from; // not a plain word followed by a space: "E-mail", "O'Brien", "Acme,"
      }
      if (!EnglishWords.onlyLowerCase(text.substring(from, wordEnd))) {
        return from;
      }
      if (last) {
        return end;
      }
      if (!type.equals(PiiTypes.PERSON)) {
        return from;
      }
      from = wordEnd + 1;
    }
    return from;
  }

  /**
   * A lone letter ("E" of "E-mail"), a lone function word ("It"), the first half of a contraction ("Don" of
   * "Don't") or a run of more digits than letters (an identifier) names nobody.
   */
  private static boolean notAName(String text, int start, int end, String type) {
    if (type.equals(PiiTypes.STREET_ADDRESS)) {
      return false;
    }
    String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    if (end - start == 1 || Gazetteer.STOP.contains(lower)) {
      return true; // "It", "The" alone
    }
    if (HONORIFICS.contains(lower)) {
      return true; // "Excuse me, Sir": a form of address without a name
    }
    String span = text.substring(start, end);
    int space = span.indexOf(' ');
    String first = space < 0 ? span : span.substring(0, space);
    if (IDENTIFIER_LABELS.contains(first.toLowerCase(java.util.Locale.ROOT))
        && (space < 0 || first.equals(first.toUpperCase(java.util.Locale.ROOT)))) {
      return true; // "IBAN DE89 3704 ...": the label of the number that follows, alone or with its start
    }
    if (span.chars().filter(Character::isDigit).count() > span.chars().filter(Character::isLetter).count()) {
      return true; // an identifier ("U62928788557186"), not a name
    }
    return text.startsWith("'t", end) || text.startsWith("’t", end);
  }

  /** Forms of address that name nobody when they stand alone. */
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("sir", "madam", "madame", "miss", "mister",
      "mr", "mrs", "ms", "mx", "dr", "doctor", "ma'am", "sire", "lady", "lord", "señor", "señora", "monsieur", "herr",
      "frau");

  /**
   * A final dot belongs to an initial ("J."), an abbreviation ("Inc.", "Jr.", "Ltd.") or, in an address, a street
   * abbreviation ("Elm Ave."); after anything else it ends the sentence ("... London NW1 6XE.").
   */
  private static boolean keepsDot(String text, int start, int dot, String type) {
    int w = dot;
    while (w > start && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word)
        || type.equals(PiiTypes.STREET_ADDRESS) && STREET_ABBREVIATIONS.contains(word);
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("inc", "ltd", "corp", "co", "llc", "plc",
      "jr", "sr", "bros", "ltda", "gmbh", "st");
  private static final java.util.Set<String> STREET_ABBREVIATIONS = java.util.Set.of("ave", "av", "avda", "rd", "blvd",
      "dr", "ln", "ct", "pl", "sq", "hwy", "pkwy", "ter", "cres", "cir", "apt", "ste", "no", "nr", "fl", "bldg", "mt",
      "ft", "pt", "str", "ctra", "esq");

  /** Labels of identifiers ("IBAN DE89 ...", "SSN: ..."): a word the tagger takes for a name when it stands alone. */
  private static final java.util.Set<String> IDENTIFIER_LABELS = java.util.Set.of("iban", "bic", "swift", "ssn",
      "nino", "nif", "nie", "dni", "vat", "pin", "cvv", "cvc", "tel", "fax", "email", "e-mail", "url", "ip", "dob",
      "mrn", "id", "passport", "ein", "tin", "itin");

  private static int lineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    return n < 0 ? text.length() : n;
  }

  /**
   * A line (or rest of one) that continues an address: a few tokens, each a capitalized or upper-case word, a
   * number, a two-letter code or punctuation — "Springfield, IL 62704", "SWEDEN", "Apt. 4".
   */
  private boolean plainContinuation(String line) {
    String s = line.strip();
    while (s.startsWith(">")) {
      s = s.substring(1).strip();
    }
    if (s.isEmpty()) {
      return false;
    }
    String[] tokens = SPACE_COMMA.split(s);
    if (tokens.length > MAX_CONTINUATION_TOKENS) {
      return false;
    }
    boolean digits = false;
    boolean upper = true;
    boolean place = false;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.chars().allMatch(c -> Character.isDigit(c) || c == '-')) {
        digits = true;
        continue;
      }
      if (t.length() == 1 && "().".contains(t)) {
        continue;
      }
      if (!Character.isUpperCase(t.codePointAt(0))) {
        return false;
      }
      upper &= t.chars().noneMatch(Character::isLowerCase);
      place |= model.gazetteerClass(t).contains("place");
    }
    return digits || (tokens.length <= 3 && (upper || place));
  }

  private static boolean hasUpper(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
