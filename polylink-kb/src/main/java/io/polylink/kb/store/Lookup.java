package io.polylink.kb.store;

import io.polylink.model.EntityId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One thread's session over a {@link KnowledgeBase}: name dictionary probes and candidate retrieval. Not thread-safe;
 * cheap to create. Keys must come from {@link io.polylink.kb.text.TextNormalizer}. It sees the KB as it was when it
 * was taken, live additions included; take a new one to see later additions. Close it when done: it holds the live
 * additions' reader open (an unclosed lookup releases it when it is garbage).
 */
public final class Lookup implements AutoCloseable {

  /** {@link #probe} bit: some name has exactly this key. */
  public static final int EXACT = 1;
  /** {@link #probe} bit: some longer name starts with this key followed by more tokens. */
  public static final int CONTINUES = 2;
  private final KnowledgeBase kb;
  private final List<LeafReaderContext> leaves;
  private final Bits[] visible;
  private final Release release;
  private final java.lang.ref.Cleaner.Cleanable cleanable;
  private final TermsEnum[] nameEnums;
  private final TermsEnum[] translitEnums;
  private final Object[] leafKeys;
  private final int[] leafHashes;
  private PostingsEnum postings;

  /** Releases the view's live reader once, whether closed or collected. Must not refer to the lookup. */
  private static final class Release implements Runnable {
    private final KbView view;
    private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

    Release(KbView view) {
      this.view = view;
    }

    @Override
    public void run() {
      if (done.compareAndSet(false, true)) {
        try {
          view.release();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** A lookup over {@code view}, whose live reader the caller has acquired for it. */
  Lookup(KnowledgeBase kb, KbView view, java.lang.ref.Cleaner cleaner) {
    this.kb = kb;
    this.leaves = view.leaves;
    this.visible = view.visible;
    this.release = new Release(view);
    this.cleanable = view.live == null ? null : cleaner.register(this, release);
    this.nameEnums = new TermsEnum[leaves.size()];
    this.translitEnums = new TermsEnum[leaves.size()];
    this.leafKeys = new Object[leaves.size()];
    this.leafHashes = new int[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      leafKeys[i] = leaves.get(i).reader().getCoreCacheHelper().getKey();
      leafHashes[i] = System.identityHashCode(leafKeys[i]);
    }
  }

  /**
   * Probes the name dictionary: {@link #EXACT} if a name has this key, {@link #CONTINUES} if a longer name starts
   * with it (followed by a space, or by anything when {@code noSpaceTail}, i.e. the key ends in a character of a
   * script written without spaces).
   */
  public int probe(String key, boolean noSpaceTail) {
    try {
      BytesRef k = new BytesRef(key);
      int result = 0;
      for (int i = 0; i < leaves.size() && result != (EXACT | CONTINUES); i++) {
        TermsEnum te = nameEnum(i);
        if (te == null) {
          continue;
        }
        TermsEnum.SeekStatus s = te.seekCeil(k);
        if (s == TermsEnum.SeekStatus.END) {
          continue;
        }
        BytesRef term = te.term();
        if (s == TermsEnum.SeekStatus.FOUND) {
          result |= EXACT;
          term = te.next();
        }
        if (term != null && continues(term, k, noSpaceTail)) {
          result |= CONTINUES;
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean continues(BytesRef term, BytesRef key, boolean noSpaceTail) {
    if (term.length <= key.length) {
      return false;
    }
    for (int j = 0; j < key.length; j++) {
      if (term.bytes[term.offset + j] != key.bytes[key.offset + j]) {
        return false;
      }
    }
    return noSpaceTail || term.bytes[term.offset + key.length] == ' ';
  }

  /**
   * Name keys that start with {@code prefix} (itself excluded), in key order, at most {@code limit}: the longer names
   * a name could be short for ("oberlin conservatory of " finds "oberlin conservatory of music").
   */
  public List<String> keysStartingWith(String prefix, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    try {
      BytesRef p = new BytesRef(prefix);
      java.util.TreeSet<String> keys = new java.util.TreeSet<>();
      for (int i = 0; i < leaves.size(); i++) {
        TermsEnum te = nameEnum(i);
        if (te == null || te.seekCeil(p) == TermsEnum.SeekStatus.END) {
          continue;
        }
        int taken = 0;
        for (BytesRef t = te.term(); t != null && taken < limit && StringHelper.startsWith(t, p); t = te.next()) {
          if (t.length > p.length) {
            keys.add(t.utf8ToString());
            taken++;
          }
        }
      }
      List<String> out = new ArrayList<>(keys);
      return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of entities with a name of exactly this key. */
  public int entitiesWithKey(String key) {
    try {
      BytesRef k = new BytesRef(key);
      int n = 0;
      for (int i = 0; i < leaves.size(); i++) {
        TermsEnum te = nameEnum(i);
        if (te != null && te.seekExact(k)) {
          n += te.docFreq();
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What this lookup sees, as an identity: two lookups with the same version see the same entities, so results may
   * be cached across lookups under it; a live addition or a refresh gives later lookups a new version.
   */
  public Object version() {
    return leaves;
  }

  /** Entities with a name of exactly this key, the {@code limit} most popular first. */
  public List<NameHit> candidates(String key, int limit) {
    return collect(key, limit, false);
  }

  /** Entities whose romanized label has this key (a Latin mention of a name written in another script). */
  public List<NameHit> transliterated(String key, int limit) {
    return collect(key, limit, true);
  }

  /**
   * Entities with a name within {@code maxEdits} (1 or 2) edits of {@code key}, keeping the first
   * {@code prefixLength} characters; the key itself excluded. For unknown spellings, not for spotting.
   */
  public List<NameHit> fuzzy(String key, int maxEdits, int prefixLength, int limit) {
    return fuzzy(key, maxEdits, prefixLength, limit, k -> true);
  }

  /**
   * As {@link #fuzzy(String, int, int, int)}, keeping only the names whose key {@code accept} accepts (read before
   * their entities are: a rejected key costs no lookup).
   */
  public List<NameHit> fuzzy(String key, int maxEdits, int prefixLength, int limit,
      java.util.function.Predicate<String> accept) {
    try {
      CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(key, maxEdits, prefixLength, true);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < leaves.size() && keys.size() < 64; i++) {
        Terms terms = leaves.get(i).reader().terms(KbBuilder.F_NAME);
        if (terms == null) {
          continue;
        }
        TermsEnum te = automaton.getTermsEnum(terms);
        for (BytesRef t = te.next(); t != null && keys.size() < 64; t = te.next()) {
          String k = t.utf8ToString();
          if (!k.equals(key) && !keys.contains(k) && accept.test(k)) {
            keys.add(k);
          }
        }
      }
      List<NameHit> hits = new ArrayList<>();
      for (String k : keys) {
        hits.addAll(collect(k, limit, false));
      }
      hits.sort(Comparator.comparingLong((NameHit h) -> -h.record().popularity()).thenComparing(h -> h.record().id()));
      return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The live entity with this id. */
  public Optional<EntityRecord> byId(EntityId id) throws IOException {
    BytesRef k = new BytesRef(id.value());
    for (int i = leaves.size() - 1; i >= 0; i--) {
      LeafReader leaf = leaves.get(i).reader();
      Terms terms = leaf.terms(KbBuilder.F_ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(k)) {
        continue;
      }
      Bits live = visible[i];
      postings = te.postings(postings, PostingsEnum.NONE);
      int found = -1;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          found = d; // the last added wins
        }
      }
      if (found >= 0) {
        return Optional.of(record(i, found, null));
      }
    }
    return Optional.empty();
  }

  private record Posting(int leaf, int doc, long pop, long tieBreak) {}

  private List<NameHit> collect(String key, int limit, boolean translit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    try {
      BytesRef k = new BytesRef(key.getBytes(StandardCharsets.UTF_8));
      List<Posting> found = new ArrayList<>();
      int docFreq = 0;
      for (int i = 0; i < leaves.size(); i++) {
        TermsEnum te = translit ? translitEnum(i) : nameEnum(i);
        if (te == null || !te.seekExact(k)) {
          continue;
        }
        docFreq += te.docFreq();
        LeafReader leaf = leaves.get(i).reader();
        Bits live = visible[i];
        postings = te.postings(postings, PostingsEnum.NONE);
        NumericDocValues pop = leaf.getNumericDocValues(KbBuilder.F_POP);
        NumericDocValues tie = leaf.getNumericDocValues(KbBuilder.F_ID_HASH);
        // The index is sorted by popularity: the first live postings of each leaf are its most popular entities.
        int taken = 0;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && taken < limit; d = postings.nextDoc()) {
          if (live != null && !live.get(d)) {
            continue;
          }
          taken++;
          long p = pop != null && pop.advanceExact(d) ? pop.longValue() : 0;
          long t = tie != null && tie.advanceExact(d) ? tie.longValue() : Long.MAX_VALUE;
          found.add(new Posting(i, d, p, t));
        }
      }
      if (found.isEmpty()) {
        return List.of();
      }
      // One canonical order, the index sort's (popularity, then the id tie-break), whatever the segments: results must
      // not depend on how a build happened to split the store.
      Comparator<Posting> canonical = Comparator.comparingLong((Posting p) -> -p.pop).thenComparingLong(p -> p.tieBreak)
          .thenComparingInt(p -> p.leaf).thenComparingInt(p -> p.doc);
      found.sort(canonical);
      if (found.size() > limit) {
        found = new ArrayList<>(found.subList(0, limit));
      }
      // Records are read in (leaf, doc) order, doc values read forward, and returned in the canonical order.
      List<Posting> canonicalOrder = found;
      Integer[] readOrder = new Integer[canonicalOrder.size()];
      for (int i = 0; i < readOrder.length; i++) {
        readOrder[i] = i;
      }
      java.util.Arrays.sort(readOrder, Comparator.comparingInt((Integer i) -> canonicalOrder.get(i).leaf)
          .thenComparingInt(i -> canonicalOrder.get(i).doc));
      NameHit[] hits = new NameHit[readOrder.length];
      BinaryDocValues values = null;
      int valuesLeaf = -1;
      for (int index : readOrder) {
        Posting p = canonicalOrder.get(index);
        if (p.leaf != valuesLeaf) {
          values = null;
          valuesLeaf = p.leaf;
        }
        EntityRecord rec = kb.cache().get(leafKeys[p.leaf], leafHashes[p.leaf], p.doc);
        if (rec == null) {
          if (values == null) {
            values = leaves.get(p.leaf).reader().getBinaryDocValues(KbBuilder.F_RECORD);
          }
          rec = decode(p.leaf, p.doc, values);
        }
        hits[index] = new NameHit(rec, translit ? 1 : keyCount(rec, key), docFreq, translit);
      }
      return new ArrayList<>(java.util.Arrays.asList(hits));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many of the entity's names have this key, capped (the build indexes each key once per entity). */
  private static int keyCount(EntityRecord rec, String key) {
    int n = 0;
    for (EntityRecord.Name name : rec.names()) {
      if (name.key().equals(key) && ++n == KbBuilder.MAX_KEY_COUNT) {
        break;
      }
    }
    return n;
  }

  private EntityRecord record(int leafIndex, int doc, BinaryDocValues values) throws IOException {
    EntityRecord rec = kb.cache().get(leafKeys[leafIndex], leafHashes[leafIndex], doc);
    if (rec != null) {
      return rec;
    }
    if (values == null) {
      values = leaves.get(leafIndex).reader().getBinaryDocValues(KbBuilder.F_RECORD);
    }
    return decode(leafIndex, doc, values);
  }

  private EntityRecord decode(int leafIndex, int doc, BinaryDocValues values) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      throw new IOException("entity record missing for doc " + doc + " in " + kb.directory() + "; the KB is damaged");
    }
    EntityRecord rec = RecordCodec.decode(values.binaryValue());
    kb.cache().put(leafKeys[leafIndex], leafHashes[leafIndex], doc, rec);
    return rec;
  }

  private TermsEnum nameEnum(int i) throws IOException {
    if (nameEnums[i] == null) {
      Terms t = leaves.get(i).reader().terms(KbBuilder.F_NAME);
      nameEnums[i] = t == null ? TermsEnum.EMPTY : t.iterator();
    }
    return nameEnums[i] == TermsEnum.EMPTY ? null : nameEnums[i];
  }

  private TermsEnum translitEnum(int i) throws IOException {
    if (translitEnums[i] == null) {
      Terms t = leaves.get(i).reader().terms(KbBuilder.F_TRANSLIT);
      translitEnums[i] = t == null ? TermsEnum.EMPTY : t.iterator();
    }
    return translitEnums[i] == TermsEnum.EMPTY ? null : translitEnums[i];
  }

  /** Releases the KB view this lookup reads; the lookup must not be used afterwards. Idempotent. */
  @Override
  public void close() {
    if (cleanable != null) {
      cleanable.clean();
    } else {
      release.run();
    }
  }
}
