package io.polylink.link.rank;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms of a candidate title that the name features compare with a mention ({@link Features#local}): its folded
 * tokens, those without the "(qualifier)" and before the first comma, their set and their letters joined. All are
 * functions of the title alone; {@link Cache} keeps them across documents, where the same candidates recur.
 *
 * @param full folded tokens of the whole title
 * @param unqualified tokens without a trailing "(qualifier)"
 * @param beforeComma tokens before the first comma, without qualifier
 * @param unqualifiedSet {@code unqualified} as a set (read only)
 * @param unqualifiedJoined {@code unqualified} joined without spaces
 * @param qualified whether the title ends with ")"
 */
record TitleForms(List<String> full, List<String> unqualified, List<String> beforeComma, Set<String> unqualifiedSet,
    String unqualifiedJoined, boolean qualified) {

  static TitleForms of(String title) {
    List<String> full = NameMatch.tokens(title);
    boolean plain = title.indexOf('(') < 0 && title.indexOf(',') < 0;
    List<String> unq = plain ? full : NameMatch.tokens(NameMatch.stripQualifier(title));
    List<String> comma = plain ? full : NameMatch.tokens(NameMatch.beforeComma(title));
    return new TitleForms(full, unq, comma, NameMatch.set(unq), String.join("", unq), title.strip().endsWith(")"));
  }

  /** Forms by title, thread-safe; bounded: when it holds {@code capacity} titles it is emptied. */
  static final class Cache {
    private final ConcurrentHashMap<String, TitleForms> forms = new ConcurrentHashMap<>();
    private final int capacity;

    Cache(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
      }
      this.capacity = capacity;
    }

    TitleForms get(String title) {
      TitleForms f = forms.get(title);
      if (f == null) {
        f = of(title);
        if (forms.size() >= capacity) {
          forms.clear();
        }
        forms.put(title, f);
      }
      return f;
    }
  }
}
