package io.polylink.format;

import io.polylink.model.EntityId;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt-oriented output ({@code link --format llm}, {@code format=llm} on {@code /v1/link}): the text with a
 * compact marker {@code [n]} after each linked mention, then one line per entity, {@code [n] id label: description}.
 * Entities are numbered by first mention; a repeated entity reuses its number; NIL mentions are left unmarked.
 * Deterministic: the same linked document gives the same bytes.
 *
 * <pre>
 * Angela Merkel[1] flew from Berlin[2] to Paris[3].
 *
 * [1] Q567 Angela Merkel: Chancellor of Germany from 2005 to 2021
 * [2] Q64 Berlin: capital of Germany
 * [3] Q90 Paris: capital and largest city of France
 * </pre>
 */
public final class LlmText {
  private LlmText() {}

  /** Between two documents of one output. */
  public static final String DOCUMENT_SEPARATOR = "---\n";

  /** Longest description in the table, in code points; longer ones are cut at a word and end with "…". */
  public static final int MAX_DESCRIPTION = 80;

  /** What the entity table shows of an entity. */
  public record Entry(String label, String description) {
    public Entry {
      label = label == null ? "" : label;
      description = description == null ? "" : description;
    }
  }

  /** A simple token count: each run of letters, marks and digits is one token, each other non-space char one more. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

  /**
   * Renders {@code doc}.
   *
   * @param entries the label and description of an entity (in the document's language)
   */
  public static String render(LinkedDocument doc, Function<EntityId, Entry> entries) {
    String text = doc.document().text();
    Map<EntityId, Integer> numbers = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0; // char index into text
    int cpAt = 0; // the same position in code points
    for (Link l : doc.links()) {
      if (l.isNil()) {
        continue;
      }
      int endCp = l.span().end();
      if (endCp < cpAt) {
        continue; // overlapping mentions: the first one is marked
      }
      int end = text.offsetByCodePoints(at, endCp - cpAt);
      out.append(text, at, end);
      at = end;
      cpAt = endCp;
      Integer n = numbers.computeIfAbsent(l.entity(), k -> numbers.size() + 1);
      out.append('[').append(n).append(']');
    }
    out.append(text, at, text.length());
    if (numbers.isEmpty()) {
      return out.toString();
    }
    out.append("\n\n");
    for (Map.Entry<EntityId, Integer> e : numbers.entrySet()) {
      Entry entry = entries.apply(e.getKey());
      out.append('[').append(e.getValue()).append("] ").append(e.getKey().value());
      String label = oneLine(entry.label());
      if (!label.isEmpty()) {
        out.append(' ').append(label);
      }
      String description = shorten(oneLine(entry.description()));
      if (!description.isEmpty()) {
        out.append(": ").append(description);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Tokens of {@code s} by the rule of {@link #TOKEN}: words and numbers count one each, punctuation one per char. */
  public static int tokens(CharSequence s) {
    Matcher m = TOKEN.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String shorten(String s) {
    if (s.codePointCount(0, s.length()) <= MAX_DESCRIPTION) {
      return s;
    }
    int cut = s.offsetByCodePoints(0, MAX_DESCRIPTION - 1);
    int space = s.lastIndexOf(' ', cut);
    return (space > MAX_DESCRIPTION / 2 ? s.substring(0, space) : s.substring(0, cut)).strip() + "…";
  }
}
