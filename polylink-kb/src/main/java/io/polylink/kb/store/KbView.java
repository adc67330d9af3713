package io.polylink.kb.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One point-in-time view of a KB: the built generation's segments, then the live additions' segments, with the
 * documents each lookup may see. A base entity whose id a live addition also has is hidden (shadowed): the live
 * version replaces it. Immutable; a refresh makes a new view. The live reader is reference-counted: each
 * {@link Lookup} holds a reference while it is open, so a refresh never closes a reader under a running lookup.
 */
final class KbView {

  final List<LeafReaderContext> leaves;
  /** Per leaf: the documents a lookup may return, null for all. */
  final Bits[] visible;
  /** The live additions' reader, or null when the KB has none. Holds one reference for this view. */
  final DirectoryReader live;
  final int baseLeaves;
  final long size;
  final long liveEntities;
  /** Per base leaf: the documents hidden by a live addition of the same id (null: none). Shared, never mutated. */
  private final FixedBitSet[] shadow;
  /** The live segments whose ids were already checked against the base. */
  private final Set<Object> checkedCores;

  private KbView(DirectoryReader base, DirectoryReader live, FixedBitSet[] shadow, Set<Object> checkedCores) {
    this.live = live;
    this.shadow = shadow;
    this.checkedCores = checkedCores;
    List<LeafReaderContext> all = new ArrayList<>(base.leaves());
    this.baseLeaves = all.size();
    if (live != null) {
      all.addAll(live.leaves());
    }
    this.leaves = List.copyOf(all);
    this.visible = new Bits[leaves.size()];
    long shadowed = 0;
    for (int i = 0; i < leaves.size(); i++) {
      Bits liveDocs = leaves.get(i).reader().getLiveDocs();
      if (i < baseLeaves && shadow[i] != null) {
        shadowed += shadow[i].cardinality();
        visible[i] = new Unshadowed(liveDocs, shadow[i]);
      } else {
        visible[i] = liveDocs;
      }
    }
    this.liveEntities = live == null ? 0 : live.numDocs();
    this.size = base.numDocs() - shadowed + liveEntities;
  }

  /** The view of a KB without live additions. */
  static KbView baseOnly(DirectoryReader base) {
    return new KbView(base, null, new FixedBitSet[base.leaves().size()], Set.of());
  }

  /**
   * The view with {@code newLive} (which this call takes a reference of ownership from) as the live additions:
   * ids of live segments not seen before are looked up in the base and shadow its documents.
   */
  KbView withLive(DirectoryReader base, DirectoryReader newLive) throws IOException {
    FixedBitSet[] sh = shadow.clone();
    Set<Object> checked = new HashSet<>();
    boolean[] copied = new boolean[sh.length];
    for (LeafReaderContext ctx : newLive.leaves()) {
      Object core = ctx.reader().getCoreCacheHelper().getKey();
      checked.add(core);
      if (checkedCores.contains(core)) {
        continue;
      }
      Terms ids = ctx.reader().terms(KbBuilder.F_ID);
      if (ids == null) {
        continue;
      }
      TermsEnum te = ids.iterator();
      PostingsEnum postings = null;
      TermsEnum[] baseIds = new TermsEnum[baseLeaves];
      for (BytesRef id = te.next(); id != null; id = te.next()) {
        for (int b = 0; b < baseLeaves; b++) {
          if (baseIds[b] == null) {
            LeafReader leaf = base.leaves().get(b).reader();
            Terms t = leaf.terms(KbBuilder.F_ID);
            baseIds[b] = t == null ? TermsEnum.EMPTY : t.iterator();
          }
          if (baseIds[b] == TermsEnum.EMPTY || !baseIds[b].seekExact(id)) {
            continue;
          }
          postings = baseIds[b].postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (!copied[b]) {
              sh[b] = sh[b] == null ? new FixedBitSet(base.leaves().get(b).reader().maxDoc()) : sh[b].clone();
              copied[b] = true;
            }
            sh[b].set(d);
          }
        }
      }
    }
    return new KbView(base, newLive, sh, checked);
  }

  /** Takes a reference on the live reader for a lookup; false when this view was retired and its reader closed. */
  boolean acquire() {
    return live == null || live.tryIncRef();
  }

  void release() throws IOException {
    if (live != null) {
      live.decRef();
    }
  }

  /** A base leaf's documents minus the shadowed ones. */
  private record Unshadowed(Bits liveDocs, FixedBitSet shadowed) implements Bits {
    @Override
    public boolean get(int index) {
      return (liveDocs == null || liveDocs.get(index)) && !shadowed.get(index);
    }

    @Override
    public int length() {
      return shadowed.length();
    }
  }
}
