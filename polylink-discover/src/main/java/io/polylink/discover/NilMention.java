package io.polylink.discover;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.CommonWords;
import io.polylink.link.TypeCues;
import io.polylink.model.Document;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A mention the linker found no KB entity for, with what discovery represents it by: its name (as written and
 * normalized), the content words around it, a type guess and a short snippet for people to read.
 *
 * @param docId the document's id
 * @param span code point offsets in the document
 * @param surface the name as written
 * @param key the normalized name ({@link TextNormalizer#key})
 * @param language the document's language code
 * @param typeGuess a coarse type from cue words, or null
 * @param contextWords distinct normalized content words around the mention (3+ letters, no function words or numbers)
 * @param snippet the text around the mention, on one line
 */
public record NilMention(String docId, Span span, String surface, String key, String language, EntityType typeGuess,
    List<String> contextWords, String snippet) {

  static final int SNIPPET_CHARS = 80;

  public NilMention {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("a NIL mention needs a non-empty name key, got '" + surface + "'");
    }
    contextWords = List.copyOf(contextWords);
  }

  /** The NIL mentions of a linked document, in text order. */
  public static List<NilMention> of(LinkedDocument linked, int contextTokens) {
    List<Span> spans = new ArrayList<>();
    for (Link l : linked.links()) {
      if (l.isNil()) {
        spans.add(l.span());
      }
    }
    return at(linked.document(), spans, contextTokens);
  }

  /** Mentions at the given code point spans of a document (for given spans, as in evaluation). */
  public static List<NilMention> at(Document doc, List<Span> spans, int contextTokens) {
    String text = doc.text();
    List<Token> tokens = TextNormalizer.tokenize(text);
    String lang = doc.language().primary();
    List<NilMention> out = new ArrayList<>();
    for (Span span : spans) {
      int start = TextOffsets.toCharIndex(text, span.start());
      int end = TextOffsets.toCharIndex(text, span.end());
      String surface = text.substring(start, end);
      String key = TextNormalizer.key(surface);
      if (key.isEmpty()) {
        continue;
      }
      int[] range = TextNormalizer.tokenRange(tokens, start, end);
      int first = range[0];
      int last = range[1];
      Set<String> words = new LinkedHashSet<>();
      for (int i = Math.max(0, first - contextTokens); i < Math.min(tokens.size(), last + contextTokens); i++) {
        if (i >= first && i < last) {
          continue;
        }
        Token t = tokens.get(i);
        if (t.norm().length() >= 3 && !t.is(Token.NUMERIC) && !t.is(Token.HAS_DIGIT)
            && !CommonWords.isCommon(t.norm(), lang)) {
          words.add(t.norm());
        }
      }
      TypeCues.Guess guess = first < last ? TypeCues.guess(tokens, first, last) : null;
      out.add(new NilMention(doc.id(), span, surface, key, lang, guess == null ? null : guess.type(),
          List.copyOf(words), snippet(text, start, end)));
    }
    return out;
  }

  private static String snippet(String text, int start, int end) {
    int from = Math.max(0, start - SNIPPET_CHARS);
    int to = Math.min(text.length(), end + SNIPPET_CHARS);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }
}
