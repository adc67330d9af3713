package io.polylink.link;

import io.polylink.kb.store.Lookup;
import io.polylink.kb.store.NameHit;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.link.xling.BilingualDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates of a name through a bilingual dictionary (issue 16): each word of the name is translated (as written or,
 * in a language with a stemmer, through its stem: "Wisły" meets the entry "Wisła"), words without an entry stay as
 * they are, and each combination with at least one translated word is looked up as a KB name, in the name's word
 * order and, for two words, reversed ("rzeka Wisła" -> "Wisła river" and "river Wisła"). Hits are marked
 * {@link NameHit.MatchKind#TRANSLATED}. Tried last among the unknown-name kinds, so every match of the name itself
 * wins over a translation.
 */
record TranslatedNameRetriever(Lookup lookup, BilingualDictionary dictionary, String language, int limit)
    implements CandidateRetriever {

  /** Longest name translated, in words; longer spans are phrases, and their combinations multiply. */
  static final int MAX_WORDS = 4;

  /** Combinations looked up per name at most. */
  static final int MAX_KEYS = 24;

  @Override
  public List<NameHit> retrieve(String key) {
    if (dictionary.isEmpty() || key.isEmpty()) {
      return List.of();
    }
    String[] words = key.split(" ");
    if (words.length > MAX_WORDS) {
      return List.of();
    }
    Set<String> keys = combinations(words);
    Map<String, NameHit> out = new LinkedHashMap<>();
    for (String k : keys) {
      for (NameHit h : lookup.candidates(k, limit)) {
        if (out.size() >= limit) {
          break;
        }
        out.putIfAbsent(h.record().id().value(), h.withKind(NameHit.MatchKind.TRANSLATED));
      }
    }
    return List.copyOf(out.values());
  }

  /** The KB keys to try: combinations of the words' translations with at least one word translated. */
  Set<String> combinations(String[] words) {
    List<List<String>> options = new ArrayList<>();
    boolean any = false;
    for (String w : words) {
      Set<String> translations = LanguageRules.undetermined(language) ? dictionary.translations(w)
          : dictionary.translate(w, language);
      List<String> forms = new ArrayList<>();
      for (String t : translations) {
        String k = TextNormalizer.key(t);
        if (!k.isEmpty() && !k.equals(w)) {
          forms.add(k);
        }
      }
      any |= !forms.isEmpty();
      forms.add(w);
      options.add(forms);
    }
    Set<String> keys = new LinkedHashSet<>();
    if (!any) {
      return keys;
    }
    combine(options, 0, new ArrayList<>(), keys);
    // the name itself, in either order, is no translation
    keys.remove(String.join(" ", words));
    if (words.length == 2) {
      keys.remove(words[1] + " " + words[0]);
    }
    return keys;
  }

  private static void combine(List<List<String>> options, int at, List<String> chosen, Set<String> keys) {
    if (keys.size() >= MAX_KEYS) {
      return;
    }
    if (at == options.size()) {
      keys.add(String.join(" ", chosen));
      if (chosen.size() == 2 && keys.size() < MAX_KEYS) {
        keys.add(chosen.get(1) + " " + chosen.get(0));
      }
      return;
    }
    for (String form : options.get(at)) {
      chosen.add(form);
      combine(options, at + 1, chosen, keys);
      chosen.remove(chosen.size() - 1);
    }
  }
}
