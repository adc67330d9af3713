package io.polylink.link.lang;

import com.ibm.icu.text.UnicodeSet;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Profiles compiled into lookup tables that make a call cheap: one hash map from folded word to the languages it is a
 * stopword of, and one array indexed by code point for letters that tell languages apart. Immutable after
 * construction and safe to share between threads.
 */
final class EvidenceTables {

  /** Letters above this code point carry no per-language weight (none of the candidate alphabets lies there). */
  static final int LETTER_TABLE_SIZE = 0x2000;

  /** Weight of a letter that only some candidates use in everyday writing, relative to a stopword of equal rarity. */
  private static final double LETTER_BONUS = 0.6;

  /** Cost per occurrence of a letter that a candidate uses neither in everyday writing nor in loanwords. */
  private static final double LETTER_PENALTY = 1.5;

  /** Languages that a word is a stopword of, with the weight each hit adds. */
  record WordEntry(int[] profiles, float weight) {}

  /** A letter's slot in the per-call counts and what one occurrence adds to (or takes from) each profile. */
  record LetterEntry(int slot, int[] profiles, float[] weights) {}

  private final List<Profile> profiles;
  private final Map<ScriptGroup, int[]> groupMembers;
  private final CharArrayMap<WordEntry> words;
  private final int maxWordLength;
  private final LetterEntry[] letters;
  private final LetterEntry[] letterSlots;

  EvidenceTables(List<Profile> profiles) {
    this.profiles = List.copyOf(profiles);
    Map<ScriptGroup, List<Integer>> members = new EnumMap<>(ScriptGroup.class);
    for (int i = 0; i < this.profiles.size(); i++) {
      members.computeIfAbsent(this.profiles.get(i).group(), g -> new ArrayList<>()).add(i);
    }
    Map<ScriptGroup, int[]> frozen = new EnumMap<>(ScriptGroup.class);
    members.forEach((g, ids) -> frozen.put(g, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.groupMembers = frozen;

    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < this.profiles.size(); i++) {
      for (String w : this.profiles.get(i).stopwords()) {
        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    CharArrayMap<WordEntry> map = new CharArrayMap<>(byWord.size() * 2, false);
    int longest = 0;
    for (Map.Entry<String, List<Integer>> e : byWord.entrySet()) {
      int[] ids = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      int groupSize = frozen.get(this.profiles.get(ids[0]).group()).length;
      // IDF-like: a word shared by many candidates says little about which one it is.
      float weight = (float) Math.log(1.0 + (double) groupSize / ids.length);
      map.put(e.getKey(), new WordEntry(ids, weight));
      longest = Math.max(longest, e.getKey().length());
    }
    this.words = CharArrayMap.unmodifiableMap(map);
    this.maxWordLength = longest;

    this.letters = new LetterEntry[LETTER_TABLE_SIZE];
    List<LetterEntry> slots = new ArrayList<>();
    for (Map.Entry<ScriptGroup, int[]> e : frozen.entrySet()) {
      addLetters(e.getKey(), e.getValue(), slots);
    }
    this.letterSlots = slots.toArray(LetterEntry[]::new);
  }

  private void addLetters(ScriptGroup group, int[] ids, List<LetterEntry> slots) {
    if (ids.length < 2) {
      return;
    }
    UnicodeSet all = new UnicodeSet();
    for (int id : ids) {
      all.addAll(profiles.get(id).mainLetters());
    }
    for (UnicodeSet.EntryRange range : all.ranges()) {
      for (int cp = range.codepoint; cp <= range.codepointEnd; cp++) {
        if (cp >= LETTER_TABLE_SIZE || cp < 0x80 || !Character.isLetter(cp) || Character.isUpperCase(cp)
            || ScriptGroup.of(UnicodeScript.of(cp)) != group || letters[cp] != null) {
          // ASCII letters are shared by nearly every Latin alphabet; their few absences (w in Turkish) add noise.
          continue;
        }
        int inMain = 0;
        for (int id : ids) {
          if (profiles.get(id).mainLetters().contains(cp)) {
            inMain++;
          }
        }
        if (inMain == ids.length) {
          continue;
        }
        double bonus = LETTER_BONUS * Math.log(1.0 + (double) ids.length / inMain);
        float[] weights = new float[ids.length];
        for (int k = 0; k < ids.length; k++) {
          Profile p = profiles.get(ids[k]);
          if (p.mainLetters().contains(cp)) {
            weights[k] = (float) bonus;
          } else if (p.auxLetters().contains(cp)) {
            weights[k] = 0f;
          } else {
            weights[k] = (float) -LETTER_PENALTY;
          }
        }
        LetterEntry entry = new LetterEntry(slots.size(), ids.clone(), weights);
        slots.add(entry);
        letters[cp] = entry;
      }
    }
  }

  List<Profile> profiles() {
    return profiles;
  }

  /** Profile ids competing within a group; empty for groups that name their language outright. */
  int[] members(ScriptGroup group) {
    int[] ids = groupMembers.get(group);
    return ids == null ? new int[0] : ids;
  }

  /** The stopword entry for a folded word, or null. */
  WordEntry word(char[] buffer, int length) {
    return length > maxWordLength ? null : words.get(buffer, 0, length);
  }

  int maxWordLength() {
    return maxWordLength;
  }

  /** The entry of a lower-case letter, or null when it does not tell candidates apart. */
  LetterEntry letter(int cp) {
    return cp < LETTER_TABLE_SIZE ? letters[cp] : null;
  }

  int letterSlotCount() {
    return letterSlots.length;
  }

  LetterEntry letterSlot(int slot) {
    return letterSlots[slot];
  }
}
