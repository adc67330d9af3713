package io.polylink.redact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which recognizers a {@link Redactor} runs, as a user writes it: recognizer names and group names, in order; an
 * entry with a leading {@code -} takes names away. A list that starts with a removal starts from the default set.
 *
 * <pre>
 * patterns,linker          # only the pattern recognizers and the linker
 * -english-names           # the default set without the English name detector and name tagger
 * default,-date            # the default set without dates
 * </pre>
 *
 * <p>Recognizers: {@code email phone credit_card iban ip url date us_ssn uk_nino es_nif es_nie fr_nir
 * it_fiscal_code de_tax_id nl_bsn pl_pesel pt_nif be_national_number se_personnummer} (the patterns with
 * validators; the last five run only on text of their country's languages), {@code linker} (typed mentions of the linker's KB),
 * {@code names} (the name detector: capitalized runs and cue words, English), {@code name-tagger} (the built-in
 * tagger for persons, places, organizations and street addresses, trained on English text), {@code cue-names} (persons
 * after a title, and legal professionals, in French, Spanish, German, Italian, Portuguese, Dutch, Polish, Swedish,
 * Catalan, Russian), {@code health-centres} (named hospitals and clinics in the same languages), {@code tagger} (a model trained with {@code redact train}), and the names of custom recognizers. Groups: {@code patterns},
 * {@code national-ids}, {@code english-names} ({@code names} and {@code name-tagger}), {@code default} and
 * {@code all}.
 *
 * <p>The default set is every recognizer configured, except that a trained model of a language other than English
 * switches off {@code english-names}: the English tagger reads Spanish headings ("Datos del paciente") as addresses.
 *
 * @param entries the names as written, each non-blank
 * @param source where they were written ("--recognizers", "policy recognizers"), for error messages
 */
public record RecognizerSelection(List<String> entries, String source) {

  /** The pattern recognizers, each with its validator. */
  public static final List<String> PATTERNS = List.of("email", "phone", "credit_card", "iban", "ip", "url", "date",
      "us_ssn", "uk_nino", "es_nif", "es_nie", "fr_nir", "it_fiscal_code", "de_tax_id", "nl_bsn", "pl_pesel",
      "pt_nif", "be_national_number", "se_personnummer");
  /** The recognizers of national identifiers. */
  public static final List<String> NATIONAL_IDS = List.of("us_ssn", "uk_nino", "es_nif", "es_nie", "fr_nir",
      "it_fiscal_code", "de_tax_id", "nl_bsn", "pl_pesel", "pt_nif", "be_national_number", "se_personnummer");
  /** The name recognizers built for English text. */
  public static final List<String> ENGLISH_NAMES = List.of("names", "name-tagger");
  /** Every built-in recognizer name. */
  public static final List<String> BUILT_IN;
  /** The group names besides {@code default} and {@code all}. */
  private static final Map<String, List<String>> GROUPS = Map.of("patterns", PATTERNS, "national-ids", NATIONAL_IDS,
      "english-names", ENGLISH_NAMES);

  static {
    List<String> all = new ArrayList<>(PATTERNS);
    all.addAll(List.of("linker", "names", "name-tagger", "cue-names", "health-centres", "tagger"));
    BUILT_IN = List.copyOf(all);
  }

  public RecognizerSelection {
    if (entries == null || entries.isEmpty()) {
      throw new IllegalArgumentException(source + ": name at least one recognizer");
    }
    for (String e : entries) {
      if (e == null || e.isBlank() || e.strip().equals("-")) {
        throw new IllegalArgumentException(source + ": empty recognizer name in " + entries);
      }
    }
    entries = entries.stream().map(String::strip).toList();
  }

  /** A comma-separated list ({@code patterns,linker}). */
  public static RecognizerSelection parse(String commaList, String source) {
    return new RecognizerSelection(List.of(commaList.split(",", -1)), source);
  }

  /**
   * The names this selection picks.
   *
   * @param available the names of the recognizers configured
   * @param defaults the names that run when nothing is chosen
   * @throws IllegalArgumentException naming an unknown recognizer or group, or one chosen by name that is not
   *     configured (the trained tagger without a model, the linker without a KB)
   */
  public Set<String> choose(Set<String> available, Set<String> defaults) {
    Set<String> chosen = new LinkedHashSet<>();
    if (entries.get(0).startsWith("-")) {
      chosen.addAll(defaults);
    }
    for (String raw : entries) {
      boolean remove = raw.startsWith("-");
      String name = remove ? raw.substring(1).strip() : raw;
      List<String> names;
      if (name.equals("all")) {
        names = List.copyOf(available);
      } else if (name.equals("default")) {
        names = List.copyOf(defaults);
      } else if (GROUPS.containsKey(name)) {
        names = GROUPS.get(name).stream().filter(available::contains).toList();
      } else if (available.contains(name)) {
        names = List.of(name);
      } else if (BUILT_IN.contains(name)) {
        throw new IllegalArgumentException(source + ": recognizer '" + name + "' is not configured here"
            + switch (name) {
              case "tagger" -> " (it needs a model trained with 'redact train': --model)";
              case "linker" -> " (it needs the linker: leave out --no-linker)";
              default -> "";
            });
      } else {
        Set<String> known = new TreeSet<>(available);
        throw new IllegalArgumentException(source + ": unknown recognizer '" + name + "', expected one of "
            + String.join(", ", known) + " or a group: patterns, national-ids, english-names, default, all");
      }
      if (remove) {
        names.forEach(chosen::remove);
      } else {
        chosen.addAll(names);
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(source + ": " + String.join(",", entries) + " leaves no recognizer to run");
    }
    return chosen;
  }
}
