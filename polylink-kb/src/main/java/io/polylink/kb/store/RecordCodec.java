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

  /** 2: a name whose text an earlier name of the record has refers to it; a key equal to its text is not repeated. */
  /** 3: a name may carry a prior, p(entity | name), quantized to 1/65535 (flag {@link #NAME_HAS_PRIOR}). */
  static final int VERSION = 3;
  /** Records of this version and later are read; a version-2 record is a version-3 record without priors. */
  static final int OLDEST_READABLE = 2;
  private static final int NAME_LABEL = 1;
  private static final int NAME_SAME_AS_EARLIER = 2;
  private static final int NAME_KEY_IS_TEXT = 4;
  private static final int NAME_HAS_PRIOR = 8;
  private static final int PRIOR_SCALE = 65535;
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
    return toRecord(e, contexts, null);
  }

  /** As {@link #toRecord(Entity, List)}, taking the context hashes of texts seen before from {@code cache}. */
  static EntityRecord toRecord(Entity e, List<String> contexts, ContextCache cache) {
    List<EntityRecord.Name> names = new ArrayList<>();
    // the same name recurs across languages ("Paris" in dozens of them): normalize each distinct text once
    Map<String, String> keys = new java.util.HashMap<>();
    int latinLabels = 0;
    int lowerLatinLabels = 0;
    for (Map.Entry<String, String> l : e.labels().entrySet()) {
      String key = keys.computeIfAbsent(l.getValue(), TextNormalizer::key);
      if (!key.isEmpty()) {
        names.add(new EntityRecord.Name(l.getKey(), true, l.getValue(), key, e.prior(l.getValue())));
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
          names.add(new EntityRecord.Name(a.getKey(), false, alias, key, e.prior(alias)));
        }
      }
    }
    boolean commonNoun = latinLabels > 0 && lowerLatinLabels * 2 > latinLabels;
    return new EntityRecord(e.id(), e.popularity(), e.type(), commonNoun, List.copyOf(names), e.descriptions(),
        e.relations(), contextHashes(contextTexts(e, contexts), cache), List.of()); // related: derived on decode, unused here
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
    return contextHashes(texts, null);
  }

  /** As {@link #contextHashes(Iterable)}, with the hashes of each text taken from {@code cache} (may be null). */
  static int[] contextHashes(Iterable<String> texts, ContextCache cache) {
    int[] hashes = new int[16];
    int n = 0;
    for (String text : texts) {
      if (n == MAX_CONTEXT_HASHES * 2) {
        break;
      }
      int[] own = cache == null ? textHashes(text) : cache.get(text);
      int take = Math.min(own.length, MAX_CONTEXT_HASHES * 2 - n);
      if (n + take > hashes.length) {
        hashes = Arrays.copyOf(hashes, Math.max(hashes.length * 2, n + take));
      }
      System.arraycopy(own, 0, hashes, n, take);
      n += take;
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

  /** The hashes of one text's words in text order, at most twice the cap (as many as a record can take from it). */
  static int[] textHashes(String text) {
    int[] ascii = asciiTextHashes(text);
    return ascii != null ? ascii : tokenizedTextHashes(text);
  }

  /** {@link #textHashes} through the tokenizer, for any text. */
  static int[] tokenizedTextHashes(String text) {
    int[] hashes = new int[16];
    int n = 0;
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
    return Arrays.copyOf(hashes, n);
  }

  /**
   * {@link #textHashes} of an all-ASCII text without tokenizing it (a word's key is then its lower-cased letters and
   * digits, and {@link #contextHash} is {@code String.hashCode} of it); null when the text is not all ASCII.
   */
  private static int[] asciiTextHashes(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) >= 0x80) {
        return null;
      }
    }
    int[] hashes = new int[8];
    int n = 0;
    int i = 0;
    while (i < length && n < MAX_CONTEXT_HASHES * 2) {
      char c = text.charAt(i);
      if (!TextNormalizer.isWordChar(c)) {
        i++;
        continue;
      }
      int hash = 0;
      int start = i;
      boolean letters = false;
      for (; i < length && TextNormalizer.isWordChar(c = text.charAt(i)); i++) {
        if (c >= 'A' && c <= 'Z') {
          c += 32;
        }
        letters |= c >= 'a';
        hash = 31 * hash + c;
      }
      if (i - start >= 3 && letters) { // three or more characters, not a number
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, n * 2);
        }
        hashes[n++] = hash;
      }
    }
    return Arrays.copyOf(hashes, n);
  }

  /**
   * The word hashes of recently seen texts that are not all ASCII, for one thread. Descriptions recur across entities
   * ("вид насекомых", "espèce d'insectes"), so a build tokenizes each frequent one about once. Bounded, in two
   * generations: when the current one is full it becomes the previous one, and a text found there moves back, so
   * the texts that keep recurring stay.
   */
  static final class ContextCache {
    private static final int GENERATION_SIZE = 1 << 14;
    private static final int MAX_TEXT_LENGTH = 256;
    private java.util.HashMap<String, int[]> current = new java.util.HashMap<>(GENERATION_SIZE * 2);
    private java.util.HashMap<String, int[]> previous = new java.util.HashMap<>();

    int[] get(String text) {
      int[] ascii = asciiTextHashes(text); // cheaper than a look-up
      if (ascii != null) {
        return ascii;
      }
      if (text.length() > MAX_TEXT_LENGTH) {
        return tokenizedTextHashes(text); // long texts rarely recur, and would make memory depend on the input
      }
      int[] h = current.get(text);
      if (h == null) {
        h = previous.get(text);
        if (h == null) {
          h = tokenizedTextHashes(text);
        }
        if (current.size() == GENERATION_SIZE) {
          previous = current;
          current = new java.util.HashMap<>(GENERATION_SIZE * 2);
        }
        current.put(text, h);
      }
      return h;
    }
  }

  /** The hash used for context words, on the normalized form. */
  static int contextHash(String normalizedWord) {
    return normalizedWord.hashCode();
  }

  /** A growable in-memory output. */
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

  /** Encodes records into one reused buffer: encoding allocates nothing per entity. For one thread. */
  static final class Encoder {
    private final Buffer out = new Buffer();
    private final java.util.HashMap<String, Integer> texts = new java.util.HashMap<>();

    /** The record's bytes, valid until the next call: Lucene copies them when the document is added. */
    BytesRef encode(EntityRecord r) {
      out.length = 0;
      write(r, out, texts);
      return new BytesRef(out.bytes, 0, out.length);
    }
  }

  static BytesRef encode(EntityRecord r) {
    Buffer out = new Buffer();
    write(r, out, new java.util.HashMap<>());
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

  /** Writes a record; {@code texts} is scratch space (name text to the index of its first name). */
  private static void write(EntityRecord r, org.apache.lucene.store.DataOutput out,
      java.util.Map<String, Integer> texts) {
    try {
      out.writeVInt(VERSION);
      writeString(out, r.id().value());
      out.writeVLong(r.popularity());
      out.writeByte((byte) r.type().ordinal());
      out.writeByte((byte) (r.commonNoun() ? 1 : 0));
      out.writeVInt(r.names().size());
      texts.clear();
      List<EntityRecord.Name> names = r.names();
      for (int i = 0; i < names.size(); i++) {
        EntityRecord.Name n = names.get(i);
        writeString(out, n.language());
        // The same name recurs across languages ("Paris" in dozens): write its text and key once, then refer to it.
        Integer earlier = texts.putIfAbsent(n.text(), i);
        int label = (n.label() ? NAME_LABEL : 0) | (n.hasPrior() ? NAME_HAS_PRIOR : 0);
        if (earlier != null && names.get(earlier).key().equals(n.key())) {
          out.writeByte((byte) (label | NAME_SAME_AS_EARLIER));
          out.writeVInt(earlier);
        } else if (n.key().equals(n.text())) {
          out.writeByte((byte) (label | NAME_KEY_IS_TEXT));
          writeString(out, n.text());
        } else {
          out.writeByte((byte) label);
          writeString(out, n.text());
          writeString(out, n.key());
        }
        if (n.hasPrior()) {
          out.writeShort((short) Math.round(Math.min(1f, n.prior()) * PRIOR_SCALE));
        }
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
    if (version < OLDEST_READABLE || version > VERSION) {
      throw new IllegalStateException("entity record version " + version + " is not supported (expected "
          + OLDEST_READABLE + " to " + VERSION + "); rebuild the KB with this version of Polylink");
    }
    EntityId id = new EntityId(in.readString());
    long popularity = in.readVLong();
    EntityType type = TYPES[in.readByte()];
    boolean commonNoun = in.readByte() != 0;
    int nNames = in.readVInt();
    List<EntityRecord.Name> names = new ArrayList<>(nNames);
    for (int i = 0; i < nNames; i++) {
      String lang = in.readString();
      int flags = in.readByte();
      boolean label = (flags & NAME_LABEL) != 0;
      String text;
      String key;
      if ((flags & NAME_SAME_AS_EARLIER) != 0) {
        int earlier = in.readVInt();
        if (earlier >= i) {
          throw new IllegalStateException("name " + i + " refers to name " + earlier + ", not an earlier one");
        }
        EntityRecord.Name e = names.get(earlier);
        text = e.text();
        key = e.key();
      } else {
        text = in.readString();
        key = (flags & NAME_KEY_IS_TEXT) != 0 ? text : in.readString();
      }
      float prior = (flags & NAME_HAS_PRIOR) != 0 ? (in.readShort() & 0xFFFF) / (float) PRIOR_SCALE : -1f;
      names.add(new EntityRecord.Name(lang, label, text, key, prior));
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
