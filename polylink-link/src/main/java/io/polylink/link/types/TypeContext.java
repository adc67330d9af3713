package io.polylink.link.types;

import io.polylink.kb.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The context features of a mention for the {@link TypeClassifier}: the words of the mention, its last word and that
 * word's ending, its shape (case, length in words), the words right before and after it, and the words of a window
 * around it. The same function serves training and linking, so both see the same features.
 */
public final class TypeContext {

  /** Words on each side of the mention whose presence is a feature. */
  public static final int WINDOW = 6;

  private TypeContext() {}

  /**
   * The features of the mention covering tokens {@code [first, end)} of {@code tokens}, each once.
   */
  public static List<String> features(List<Token> tokens, int first, int end) {
    if (first < 0 || end > tokens.size() || first >= end) {
      throw new IllegalArgumentException("mention tokens [" + first + ", " + end + ") outside 0.." + tokens.size());
    }
    List<String> out = new ArrayList<>(32);
    out.add("bias");
    StringBuilder shape = new StringBuilder("shape:");
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      out.add("m:" + t.norm());
      shape.append(t.is(Token.NUMERIC) ? '9' : t.is(Token.ALL_UPPER) ? 'A' : t.is(Token.CAPITALIZED) ? 'C'
          : t.is(Token.CASED_SCRIPT) ? 'l' : 'o');
      if (shape.length() > 12) {
        break;
      }
    }
    out.add(shape.toString());
    Token last = tokens.get(end - 1);
    out.add("mlast:" + last.norm());
    String n = last.norm();
    if (n.length() > 3) {
      out.add("suf:" + n.substring(n.length() - 3));
    }
    out.add("words:" + Math.min(4, end - first));
    for (int d = 1; d <= 2; d++) {
      out.add("l" + d + ":" + (first - d >= 0 ? word(tokens.get(first - d)) : "^"));
      out.add("r" + d + ":" + (end - 1 + d < tokens.size() ? word(tokens.get(end - 1 + d)) : "$"));
    }
    for (int i = Math.max(0, first - WINDOW); i < Math.min(tokens.size(), end + WINDOW); i++) {
      if (i >= first && i < end) {
        continue;
      }
      Token t = tokens.get(i);
      if (!t.is(Token.NUMERIC) && t.norm().length() >= 2) {
        out.add("w:" + t.norm());
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(out));
  }

  private static String word(Token t) {
    return t.is(Token.NUMERIC) ? "#" : t.norm();
  }
}
