package io.polylink.kb.store;

import io.polylink.kb.text.Transliteration;
import io.polylink.model.Entity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns entities into the store's Lucene documents, for one thread: the build's indexing threads and live additions
 * ({@link LiveStore}) index the same form. Not thread-safe, and a document shares its fields and buffers with the
 * next one: add each document to its writer before asking for the next.
 *
 * <p>It reuses what a KB build would otherwise allocate per entity (fields, token streams, the record's encode
 * buffer, key sets) and keeps the context hashes of recent description texts, which recur across entities ("species
 * of insect", "Wikimedia category"): a million entities make a million documents.
 */
final class EntityDocuments {

  private final boolean transliterate;
  private final KbBuilder.Counters counters;
  private final RecordCodec.ContextCache contextCache = new RecordCodec.ContextCache();
  private final RecordCodec.Encoder encoder = new RecordCodec.Encoder();
  private final Set<String> languagesSeen = new HashSet<>();
  private final DistinctKeys nameKeys = new DistinctKeys();
  private final DistinctKeys translitKeys = new DistinctKeys();
  private final DistinctKeys romanized = new DistinctKeys();
  private final Field names = new Field(KbBuilder.F_NAME, new KeysTokenStream(nameKeys.list), KbBuilder.NAME_TYPE);
  private final Field translits =
      new Field(KbBuilder.F_TRANSLIT, new KeysTokenStream(translitKeys.list), KbBuilder.TRANSLIT_TYPE);
  private final NumericDocValuesField popularity = new NumericDocValuesField(KbBuilder.F_POP, 0);
  private final NumericDocValuesField idHash = new NumericDocValuesField(KbBuilder.F_ID_HASH, 0);
  private final BinaryDocValuesField record = new BinaryDocValuesField(KbBuilder.F_RECORD, new BytesRef());

  /**
   * @param transliterate whether to index romanized keys of non-Latin labels
   * @param counters where to count entities' names, languages, transliterations and relations; null for none
   */
  EntityDocuments(boolean transliterate, KbBuilder.Counters counters) {
    this.transliterate = transliterate;
    this.counters = counters;
  }

  /** The document of an entity, as a build indexes it. */
  Document document(Entity e) {
    return document(RecordCodec.toRecord(e, List.of(), contextCache));
  }

  /** The document of an entity record; valid until the next call. */
  Document document(EntityRecord rec) {
    Document doc = new Document();
    String id = rec.id().value();
    doc.add(new StringField(KbBuilder.F_ID, new BytesRef(id.getBytes(StandardCharsets.UTF_8)), Field.Store.NO));
    // Distinct keys as one token stream per field: a Field per name would make Lucene invert each one separately.
    // How many names share a key is not indexed: the record has the names with their keys (see Lookup).
    nameKeys.clear();
    translitKeys.clear();
    romanized.clear();
    for (EntityRecord.Name n : rec.names()) {
      nameKeys.add(n.key());
      if (counters != null && languagesSeen.add(n.language())) {
        counters.languages.add(n.language());
      }
    }
    if (transliterate) {
      for (EntityRecord.Name n : rec.names()) {
        if (n.label() && romanized.add(n.text())) { // the same label recurs across languages: romanize it once
          String t = Transliteration.latinKey(n.text(), n.key());
          if (t != null && !nameKeys.contains(t)) { // a romanized key that is also a name key adds nothing
            translitKeys.add(t);
          }
        }
      }
    }
    doc.add(names);
    if (!translitKeys.list.isEmpty()) {
      doc.add(translits);
    }
    popularity.setLongValue(rec.popularity());
    doc.add(popularity);
    idHash.setLongValue(KbBuilder.idHash(id));
    doc.add(idHash);
    record.setBytesValue(encoder.encode(rec)); // Lucene copies the bytes when the document is added
    doc.add(record);
    if (counters != null) {
      counters.names.add(rec.names().size());
      counters.translits.add(translitKeys.list.size());
      long relations = 0;
      for (List<String> targets : rec.relations().values()) {
        relations += targets.size();
      }
      counters.relations.add(relations);
    }
    return doc;
  }

  /**
   * Distinct keys in first-seen order. An entity has a few (its names in many languages share them, as the same
   * instances), so a scan beats hashing; a set takes over for the rare entity with many.
   */
  static final class DistinctKeys {
    private static final int SCAN_LIMIT = 32;
    final List<String> list = new ArrayList<>();
    private final Set<String> set = new HashSet<>();

    void clear() {
      list.clear();
      set.clear();
    }

    boolean contains(String key) {
      if (list.size() > SCAN_LIMIT) {
        return set.contains(key);
      }
      for (int i = list.size() - 1; i >= 0; i--) {
        String k = list.get(i);
        if (k == key || k.equals(key)) {
          return true;
        }
      }
      return false;
    }

    /** Adds the key unless present; true when it was added. */
    boolean add(String key) {
      if (contains(key)) {
        return false;
      }
      list.add(key);
      if (list.size() > SCAN_LIMIT) {
        if (set.isEmpty()) {
          set.addAll(list);
        } else {
          set.add(key);
        }
      }
      return true;
    }
  }
}
