package io.polylink.kb.store;

import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

/** Binary form of an {@link EntityRecord} as stored in the KB (a doc value per entity). */
final class RecordCodec {

  static final int VERSION = 1;
  static final int MAX_CONTEXT_HASHES = 64;
  private static final EntityType[] TYPES = EntityType.values();

  private RecordCodec() {}

  /**
   * Builds the record of an entity for indexing: computes name keys, the common-noun flag and context hashes. Its
   * {@code related} list is left empty: it is derived from the relations when a record is decoded.
   */
  static EntityRecord toRecord(Entity e) {
    return toRecord(e, List.of());
  }

  /**
   * As {@link #toRecord(Entity)}, with {@code contexts} (the words around an entity's mentions) counted as context
   * beside its descriptions.
   */
  static EntityRecord toRecord(Entity e, List<String> contexts) {
    List<EntityRecord.Name> names = new ArrayList<>();
    // the same name recurs across languages ("Paris" in dozens of them): normalize each distinct text once
    Map<String, String> keys = new java.util.HashMap<>();
    int latinLabels = 0;
    int lowerLatinLabels = 0;
    for (Map.Entry<String, String> l : e.labels().entrySet()) {
      String key = keys.computeIfAbsent(l.getValue(), TextNormalizer::key);
      if (!key.isEmpty()) {
        names.add(new EntityRecord.Name(l.getKey(), true, l.getValue(), key));
      }
      int first = l.getValue().isEmpty() ? 0 : l.getValue().codePointAt(0);
      if (Character.isLetter(first) && Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN) {
        latinLabels++;
        if (Character.isLowerCase(first)) {
          lowerLatinLabels++;
        }
      }
    }
    for (Map.Entry<String, List<String>> a : e.aliases().entrySet()) {
      for (String alias : a.getValue()) {
        String key = keys.computeIfAbsent(alias, TextNormalizer::key);
        if (!key.isEmpty()) {
          names.add(new EntityRecord.Name(a.getKey(), false, alias, key));
        }
      }
    }
    boolean commonNoun = latinLabels > 0 && lowerLatinLabels * 2 > latinLabels;
    return new EntityRecord(e.id(), e.popularity(), e.type(), commonNoun, List.copyOf(names), e.descriptions(),
        e.relations(), contextHashes(contextTexts(e, contexts)), List.of()); // related: derived on decode, unused here
  }

  private static List<String> contextTexts(Entity e, List<String> contexts) {
    if (contexts.isEmpty()) {
      return List.copyOf(e.descriptions().values());
    }
    List<String> all = new ArrayList<>(e.descriptions().values());
    all.addAll(contexts);
    return all;
  }

  /** Hashes of the words of the texts (3+ letters, or single no-space characters in pairs), sorted, distinct, capped. */
  static int[] contextHashes(Iterable<String> texts) {
    int[] hashes = new int[16];
    int n = 0;
    for (String text : texts) {
      List<Token> tokens = TextNormalizer.tokenize(text);
      for (int i = 0; i < tokens.size() && n < MAX_CONTEXT_HASHES * 2; i++) {
        Token t = tokens.get(i);
        String word;
        if (t.is(Token.NO_SPACE)) {
          if (i + 1 >= tokens.size() || !tokens.get(i + 1).is(Token.NO_SPACE)) {
            continue;
          }
          word = t.norm() + tokens.get(i + 1).norm();
        } else if (t.norm().length() >= 3 && !t.is(Token.NUMERIC)) {
          word = t.norm();
        } else {
          continue;
        }
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, n * 2);
        }
        hashes[n++] = contextHash(word);
      }
    }
    int[] sorted = Arrays.copyOf(hashes, n);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, Math.min(distinct, MAX_CONTEXT_HASHES));
  }

  /** The hash used for context words, on the normalized form. */
  static int contextHash(String normalizedWord) {
    return normalizedWord.hashCode();
  }

  /** A growable output reused by each indexing thread: encoding allocates nothing per entity. */
  private static final class Buffer extends org.apache.lucene.store.DataOutput {
    byte[] bytes = new byte[4096];
    int length;

    @Override
    public void writeByte(byte b) {
      if (length == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[length++] = b;
    }

    @Override
    public void writeBytes(byte[] b, int offset, int len) {
      if (length + len > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + len));
      }
      System.arraycopy(b, offset, bytes, length, len);
      length += len;
    }
  }

  private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

  /**
   * Encodes a record into this thread's buffer. The returned bytes are valid until the thread's next call: Lucene
   * copies them when the document is added, before the next entity is encoded.
   */
  static BytesRef encodeShared(EntityRecord r) {
    Buffer out = BUFFER.get();
    out.length = 0;
    write(r, out);
    return new BytesRef(out.bytes, 0, out.length);
  }

  static BytesRef encode(EntityRecord r) {
    Buffer out = new Buffer();
    write(r, out);
    return new BytesRef(java.util.Arrays.copyOf(out.bytes, out.length));
  }

  /**
   * What {@code DataOutput.writeString} writes (a vInt byte length, then UTF-8), through {@code String.getBytes},
   * which encodes compact strings with an intrinsic: Lucene's char-by-char encoder was 5% of a KB build.
   */
  private static void writeString(org.apache.lucene.store.DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeVInt(b.length);
    out.writeBytes(b, 0, b.length);
  }

  private static void write(EntityRecord r, org.apache.lucene.store.DataOutput out) {
    try {
      out.writeVInt(VERSION);
      writeString(out, r.id().value());
      out.writeVLong(r.popularity());
      out.writeByte((byte) r.type().ordinal());
      out.writeByte((byte) (r.commonNoun() ? 1 : 0));
      out.writeVInt(r.names().size());
      for (EntityRecord.Name n : r.names()) {
        writeString(out, n.language());
        out.writeByte((byte) (n.label() ? 1 : 0));
        writeString(out, n.text());
        // The key is stored only when it differs from what the decoder can cheaply rebuild: never rebuilt, so store.
        writeString(out, n.key());
      }
      out.writeVInt(r.descriptions().size());
      for (Map.Entry<String, String> d : r.descriptions().entrySet()) {
        writeString(out, d.getKey());
        writeString(out, d.getValue());
      }
      out.writeVInt(r.relations().size());
      for (Map.Entry<String, List<String>> rel : r.relations().entrySet()) {
        writeString(out, rel.getKey());
        out.writeVInt(rel.getValue().size());
        for (String t : rel.getValue()) {
          writeString(out, t);
        }
      }
      out.writeVInt(r.contextHashes().length);
      int prev = Integer.MIN_VALUE;
      for (int h : r.contextHashes()) {
        out.writeVLong((long) h - prev); // sorted: deltas are small and positive
        prev = h;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory output never fails
    }
  }

  static EntityRecord decode(BytesRef bytes) {
    try {
      return decodeChecked(bytes);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("corrupt entity record (" + bytes.length + " bytes): " + e.getMessage(), e);
    }
  }

  private static EntityRecord decodeChecked(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    int version = in.readVInt();
    if (version != VERSION) {
      throw new IllegalStateException("entity record version " + version + " is not supported (expected " + VERSION
          + "); rebuild the KB with this version of Polylink");
    }
    EntityId id = new EntityId(in.readString());
    long popularity = in.readVLong();
    EntityType type = TYPES[in.readByte()];
    boolean commonNoun = in.readByte() != 0;
    int nNames = in.readVInt();
    List<EntityRecord.Name> names = new ArrayList<>(nNames);
    for (int i = 0; i < nNames; i++) {
      String lang = in.readString();
      boolean label = in.readByte() != 0;
      String text = in.readString();
      String key = in.readString();
      names.add(new EntityRecord.Name(lang, label, text, key));
    }
    int nDesc = in.readVInt();
    Map<String, String> descriptions = new LinkedHashMap<>(nDesc * 2);
    for (int i = 0; i < nDesc; i++) {
      descriptions.put(in.readString(), in.readString());
    }
    int nRel = in.readVInt();
    Map<String, List<String>> relations = new LinkedHashMap<>(nRel * 2);
    for (int i = 0; i < nRel; i++) {
      String prop = in.readString();
      int n = in.readVInt();
      List<String> targets = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        targets.add(in.readString());
      }
      relations.put(prop, List.copyOf(targets));
    }
    int nHashes = in.readVInt();
    int[] hashes = new int[nHashes];
    long prev = Integer.MIN_VALUE;
    for (int i = 0; i < nHashes; i++) {
      prev += in.readVLong();
      hashes[i] = (int) prev;
    }
    // Insertion-ordered maps: immutable Map.copyOf iterates in a per-JVM random order, and fallbacks read the first entry.
    return new EntityRecord(id, popularity, type, commonNoun, List.copyOf(names),
        java.util.Collections.unmodifiableMap(descriptions), java.util.Collections.unmodifiableMap(relations), hashes,
        EntityRecord.relatedOf(relations));
  }
}
