package io.polylink.link.types;

import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.link.Linker;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.Link;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Training mentions for the {@link TypeClassifier}: a mention's {@link TypeContext} features with its entity's
 * {@link TypeProfiles profile}, from annotated text (gold entities of any corpus the harness reads) or from raw text
 * annotated with the KB's own confident links. Mentions whose entity the KB lacks, or has no relations for, teach
 * nothing about types and are left out.
 */
public final class TypeSamples {

  /** A gold mention: code point span and entity id. */
  public record Gold(Span span, EntityId entity) {}

  private TypeSamples() {}

  /** The training mentions of one annotated text. */
  public static List<TypeClassifier.Sample> fromGold(KnowledgeBase kb, TypeProfiles profiles, String text,
      List<Gold> gold) {
    List<Token> tokens = TextNormalizer.tokenize(text);
    List<TypeClassifier.Sample> out = new ArrayList<>();
    try (Lookup lookup = kb.lookup()) {
      for (Gold g : gold) {
        add(out, lookup, profiles, tokens, text, g.span(), g.entity());
      }
    }
    return out;
  }

  /**
   * The training mentions of one raw text: the linker's links whose calibrated score reaches {@code minScore}, taken
   * as the mentions' entities (self-training: noisy where the linker errs, so use a high threshold).
   */
  public static List<TypeClassifier.Sample> fromConfidentLinks(Linker linker, TypeProfiles profiles, String text,
      double minScore) {
    List<Token> tokens = TextNormalizer.tokenize(text);
    List<TypeClassifier.Sample> out = new ArrayList<>();
    try (Lookup lookup = linker.knowledgeBase().lookup()) {
      for (Link l : linker.link(Document.of(text)).links()) {
        if (!l.isNil() && l.score() >= minScore) {
          add(out, lookup, profiles, tokens, text, l.mention().span(), l.entity());
        }
      }
    }
    return out;
  }

  private static void add(List<TypeClassifier.Sample> out, Lookup lookup, TypeProfiles profiles, List<Token> tokens,
      String text, Span span, EntityId id) {
    int cpLength = text.codePointCount(0, text.length());
    if (span.end() > cpLength) {
      throw new IllegalArgumentException("span " + span + " runs past the end of the text (" + cpLength
          + " code points)");
    }
    int start = TextOffsets.toCharIndex(text, span.start());
    int end = TextOffsets.toCharIndex(text, span.end());
    int[] range = TextNormalizer.tokenRange(tokens, start, end);
    if (range[0] >= range[1]) {
      return;
    }
    try {
      Optional<EntityRecord> r = lookup.byId(id);
      if (r.isEmpty() || r.get().relations().isEmpty()) {
        return;
      }
      Set<String> profile = profiles.profile(r.get(), c -> lookup.byId(EntityId.of(c)));
      out.add(new TypeClassifier.Sample(TypeContext.features(tokens, range[0], range[1]), profile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity " + id + " from the KB", e);
    }
  }
}
