package io.polylink.bench.synth;

import io.polylink.model.EntityId;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * English news-like documents that mention names from a synthetic dump amid ordinary prose: sentences from templates
 * and common words, capitalised sentence starts, numbers and dates. Deterministic for a seed.
 */
public final class SyntheticNews {
  private static final String[] NOUNS = {"government", "company", "team", "report", "market", "city", "plan", "group",
      "season", "project", "council", "election", "agreement", "festival", "museum", "bank", "school", "court", "union",
      "policy", "minister", "official", "player", "director", "album", "film", "river", "bridge", "station", "hospital",
      "budget", "price", "family", "village", "region", "border", "trade", "research", "study", "vote", "crowd", "storm",
      "harvest", "factory", "program", "series", "match", "league", "coach", "investor"};
  private static final String[] PLURALS = {"people", "votes", "workers", "tickets", "homes", "jobs", "students", "cars",
      "visitors", "companies", "games", "seats", "shares", "books", "songs", "flights"};
  private static final String[] VERBS_PAST = {"announced", "said", "reported", "approved", "rejected", "opened", "closed",
      "signed", "won", "lost", "visited", "launched", "confirmed", "denied", "criticized", "praised", "delayed", "expanded",
      "reduced", "welcomed", "released", "published", "acquired", "defeated", "hosted"};
  private static final String[] VERBS = {"open", "close", "expand", "reduce", "review", "support", "oppose", "build",
      "host", "release", "cut", "raise", "sign", "meet", "visit"};
  private static final String[] ADJECTIVES = {"new", "major", "local", "national", "former", "public", "final", "large",
      "small", "early", "recent", "annual", "official", "economic", "historic", "popular", "regional", "young", "senior",
      "independent"};
  private static final String[] ADVERBS = {"quickly", "again", "yesterday", "recently", "finally", "early", "today",
      "openly", "quietly", "sharply"};
  private static final String[] FILLER = {"the", "a", "of", "in", "and", "to", "for", "with", "on", "at", "by", "from",
      "after", "before", "during", "while", "more", "than", "most", "many", "some", "this", "that", "its", "their",
      "also", "still", "only", "about", "over", "under", "between", "against", "would", "could", "will", "has", "had",
      "was", "were", "is", "are", "not", "new", "first", "last", "year", "week", "month", "time", "people", "part",
      "number", "state", "work", "life", "day", "way", "news", "end", "point", "area", "case", "side", "water", "money"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] TEMPLATES = {
      "{N} {V} the {A} {n} on {D}.",
      "According to {N}, the {n} {V} {#} {p} last {t}.",
      "The {A} {n} of {N} {V} {adv}.",
      "Officials in {N} said the {n} would {v} by {Y}.",
      "{N} and {N} {V} a {A} {n} in {N}.",
      "More than {#} {p} {V} the {n}, {N} said.",
      "The {n} {V} after {N} {V} the {A} {n}.",
      "In {Y}, {N} {V} {#} percent of the {n}.",
      "{N}, a {A} {n}, {V} the {n} {adv}.",
      "It was the {A} {n} since {Y}, when {N} {V} the {n}."};

  private SyntheticNews() {}

  /**
   * Document texts; see {@link #generate}.
   *
   * @param seed the seed; same seed, same documents
   * @param count how many documents
   * @param wordsPerDoc roughly how many words each has (within one sentence)
   * @param names where entity names come from
   */
  public static List<String> documents(long seed, int count, int wordsPerDoc, NameSampler names) {
    return generate(seed, count, wordsPerDoc, names).stream().map(NewsDocument::text).toList();
  }

  /** Documents with the positions and ids of the names they mention; about one name every 12 to 15 words. */
  public static List<NewsDocument> generate(long seed, int count, int wordsPerDoc, NameSampler names) {
    if (count < 0 || wordsPerDoc < 1) {
      throw new IllegalArgumentException("need count >= 0 and wordsPerDoc >= 1, got " + count + ", " + wordsPerDoc);
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<NewsDocument> out = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      out.add(document(r.split(), wordsPerDoc, names));
    }
    return out;
  }

  private static NewsDocument document(SplittableRandom r, int words, NameSampler names) {
    Builder b = new Builder();
    while (b.words < words) {
      if (b.words > 0) {
        b.append(r.nextInt(6) == 0 ? "\n\n" : " ");
      }
      if (r.nextInt(5) == 0) {
        fillerSentence(r, b, names);
      } else {
        templateSentence(r, b, names);
      }
    }
    return new NewsDocument(b.text.toString(), b.mentions);
  }

  private static void templateSentence(SplittableRandom r, Builder b, NameSampler names) {
    String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
    boolean start = true;
    int i = 0;
    while (i < t.length()) {
      char ch = t.charAt(i);
      if (ch == '{') {
        int close = t.indexOf('}', i);
        String slot = t.substring(i + 1, close);
        if (slot.equals("N")) {
          b.mention(names.next(r));
        } else {
          String w = switch (slot) {
            case "V" -> pick(r, VERBS_PAST);
            case "v" -> pick(r, VERBS);
            case "A" -> pick(r, ADJECTIVES);
            case "n" -> pick(r, NOUNS);
            case "p" -> pick(r, PLURALS);
            case "adv" -> pick(r, ADVERBS);
            case "t" -> pick(r, new String[] {"year", "month", "week", "season"});
            case "#" -> Integer.toString(2 + r.nextInt(r.nextBoolean() ? 100 : 50_000));
            case "Y" -> Integer.toString(1950 + r.nextInt(75));
            case "D" -> pick(r, MONTHS) + " " + (1 + r.nextInt(28)) + ", " + (2000 + r.nextInt(25));
            default -> throw new IllegalStateException("unknown slot " + slot);
          };
          b.words(start ? NameForge.capitalize(w) : w);
        }
        start = false;
        i = close + 1;
      } else {
        int next = t.indexOf('{', i);
        String lit = t.substring(i, next < 0 ? t.length() : next);
        b.words(start ? NameForge.capitalize(lit) : lit);
        start = false;
        i = next < 0 ? t.length() : next;
      }
    }
  }

  private static void fillerSentence(SplittableRandom r, Builder b, NameSampler names) {
    int n = 8 + r.nextInt(12);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        b.append(k == n / 2 && r.nextInt(3) == 0 ? ", " : " ");
      }
      int roll = r.nextInt(40);
      if (roll == 0 && k > 0) {
        b.mention(names.next(r));
      } else if (roll == 1) {
        b.words(Integer.toString(1 + r.nextInt(1000)));
      } else {
        String w = r.nextInt(4) == 0 ? pick(r, NOUNS) : pick(r, FILLER);
        b.words(k == 0 ? NameForge.capitalize(w) : w);
      }
    }
    b.append(".");
  }

  private static String pick(SplittableRandom r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  /** Accumulates text, counts words and records mention spans in code points. */
  private static final class Builder {
    final StringBuilder text = new StringBuilder(2048);
    final List<NewsDocument.Mention> mentions = new ArrayList<>();
    int words;
    int codePoints;

    void append(String s) {
      text.append(s);
      codePoints += s.codePointCount(0, s.length());
    }

    /** Appends prose and counts its words. */
    void words(String s) {
      append(s);
      for (String w : s.trim().split("\\s+")) {
        if (!w.isEmpty() && !w.chars().allMatch(c -> ",.;:".indexOf(c) >= 0)) {
          words++;
        }
      }
    }

    void mention(SampledName name) {
      int start = codePoints;
      append(name.name());
      mentions.add(new NewsDocument.Mention(new Span(start, codePoints), name.name(), EntityId.of(name.id())));
      words += name.name().split("\\s+").length;
    }
  }
}
