package io.polylink.server;

import io.polylink.link.xling.BilingualDictionary;
import io.polylink.kb.store.EntityRecord;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The linker as every endpoint uses it: a request's confidence becomes the NIL threshold (a linker per threshold is
 * cheap: they share the KB and the language tables), its languages fix or restrict the document language, and its
 * types filter the mentions.
 */
final class Linking {

  private final KnowledgeBase kb;
  private final LinkerConfig base;
  private final Linker defaultLinker;
  private final BilingualDictionary dictionary;
  private final SequenceTagger mentionTagger;

  /** {@code mentionTagger}: the learned mention detector, null for none. */
  Linking(KnowledgeBase kb, LinkerConfig base, BilingualDictionary dictionary, SequenceTagger mentionTagger) {
    this.kb = kb;
    this.base = base;
    this.dictionary = dictionary;
    this.mentionTagger = mentionTagger;
    this.defaultLinker = Linker.builder().knowledgeBase(kb).config(base).dictionary(dictionary)
        .mentionTagger(mentionTagger).build();
  }

  KnowledgeBase kb() {
    return kb;
  }

  Linker linker(Double confidence) {
    if (confidence == null || confidence == base.nilThreshold()) {
      return defaultLinker;
    }
    return Linker.builder().knowledgeBase(kb).config(base.withNilThreshold(confidence)).dictionary(dictionary)
        .mentionTagger(mentionTagger).build();
  }

  /**
   * The language to link a text in: the document's own when given; else, with no request languages, undetermined
   * (the linker identifies it); with one, that one; with several, the identified one if among them, else the first.
   */
  Language language(String text, Language given, List<Language> languages) {
    if (given != null && !given.isUndetermined()) {
      return given;
    }
    if (languages.isEmpty()) {
      return Language.UNDETERMINED;
    }
    if (languages.size() == 1) {
      return languages.get(0);
    }
    Language found = defaultLinker.identifyLanguage(text);
    for (Language l : languages) {
      if (l.primary().equals(found.primary())) {
        return found;
      }
    }
    return languages.get(0);
  }

  /** Links a document (A2KB) with the request's options. */
  LinkedDocument link(Document doc, Double confidence, List<Language> languages, Set<EntityType> types) {
    Language lang = language(doc.text(), doc.language(), languages);
    LinkedDocument linked = linker(confidence).link(new Document(doc.id(), doc.text(), lang));
    return filter(linked, types);
  }

  /** Disambiguates given spans (D2KB). */
  LinkedDocument linkSpans(Document doc, List<Span> spans, Double confidence) {
    return linker(confidence).linkSpans(doc, spans);
  }

  static LinkedDocument filter(LinkedDocument doc, Set<EntityType> types) {
    if (types.isEmpty()) {
      return doc;
    }
    List<Link> kept = new ArrayList<>();
    for (Link l : doc.links()) {
      if (types.contains(l.type())) {
        kept.add(l);
      }
    }
    return new LinkedDocument(doc.document(), kept);
  }

  Optional<EntityRecord> entity(EntityId id) {
    try {
      return kb.entity(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity " + id + " from the KB", e);
    }
  }

  long popularity(EntityId id) {
    return entity(id).map(EntityRecord::popularity).orElse(0L);
  }

  /** The entity's description in {@code language} (else English, else any), "" when it has none. */
  String description(EntityId id, Language language) {
    return entity(id).map(r -> r.description(language.primary())).orElse("");
  }
}
