package io.polylink.link.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A BIO sequence tagger learned from annotated text: an averaged structured perceptron with first-order transitions
 * and Viterbi decoding over each sequence's tokens (a line, or a sentence: {@link Sequences}). Training is
 * deterministic (sequences shuffled with a fixed seed, a fixed number of epochs). The saved model is a gzip'd binary
 * file. Immutable and thread-safe once built. The redactor's {@code TaggerModel} (PII types) and the linker's learned
 * mention detector ({@link io.polylink.link.Linker.Builder#mentionTagger}) are both this tagger.
 *
 * <pre>{@code
 * SequenceTagger m = SequenceTagger.train(docs, SequenceTagger.Settings.defaults(), Map.of());
 * m.save(Path.of("mentions.plm"));
 * List<TaggedSpan> found = SequenceTagger.load(Path.of("mentions.plm")).tag(text);
 * }</pre>
 */
public final class SequenceTagger {

  private static final int MAGIC = 0x504c5447; // "PLTG"
  private static final int VERSION = 4; // 4 adds the sequences, 3 the language, 2 the gazetteer; all are still read

  /**
   * What one sequence is, for training and tagging. {@link #LINES}: each line (forms, clinical notes, PII data, where
   * a line break ends a field). {@link #SENTENCES}: line breaks are spaces and sentences end at {@code . ! ?} before
   * a capital or a digit (OCR'd newspaper columns, where names run across line breaks).
   */
  public enum Sequences {
    LINES,
    SENTENCES
  }

  /**
   * Training settings.
   *
   * @param epochs passes over the data (default 12)
   * @param seed shuffle seed (default 42)
   * @param minFeatureCount features seen fewer times are dropped (default 2)
   * @param sequences what one sequence is (default {@link Sequences#LINES})
   */
  public record Settings(int epochs, long seed, int minFeatureCount, Sequences sequences) {
    public Settings {
      if (sequences == null) {
        throw new IllegalArgumentException("sequences must be LINES or SENTENCES, got null");
      }
      if (epochs < 1 || epochs > 1000) {
        throw new IllegalArgumentException("epochs must be in [1, 1000], got " + epochs);
      }
      if (minFeatureCount < 1) {
        throw new IllegalArgumentException("minFeatureCount must be >= 1, got " + minFeatureCount);
      }
    }

    /** Settings with sequences of one line. */
    public Settings(int epochs, long seed, int minFeatureCount) {
      this(epochs, seed, minFeatureCount, Sequences.LINES);
    }

    public static Settings defaults() {
      return new Settings(12, 42, 2, Sequences.LINES);
    }

    /** These settings with sequences {@code s}. */
    public Settings withSequences(Sequences s) {
      return new Settings(epochs, seed, minFeatureCount, s);
    }
  }

  private final String[] labels; // "O", "B-T", "I-T", ...
  private final Map<String, Integer> featureIndex;
  private final float[] weights; // feature-major: weights[f * L + label]
  private final float[] transitions; // [prev * L + cur], prev = L means start
  private final Map<String, String> lexicon;
  private final Map<String, String> gazetteer; // word -> classes from an outside list; empty when trained without
  private final FeatureIds featureIds;
  private final String language; // "" when unknown (a model of version 1 or 2)
  private final Sequences sequences;

  private SequenceTagger(String[] labels, Map<String, Integer> featureIndex, float[] weights, float[] transitions,
      Map<String, String> lexicon, Map<String, String> gazetteer, String language, Sequences sequences) {
    this.language = language;
    this.sequences = sequences;
    this.labels = labels;
    this.featureIndex = featureIndex;
    this.weights = weights;
    this.transitions = transitions;
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.featureIds = new FeatureIds(featureIndex, lexicon, gazetteer);
  }

  /** The feature ids of one line as the slow, string-built path gives them (for the equivalence test). */
  int[][] featureIdsBuiltFromStrings(String text, int[] tok) {
    List<List<String>> fs = Features.of(text, tok, lexicon, gazetteer);
    String[][] arr = new String[fs.size()][];
    for (int i = 0; i < arr.length; i++) {
      arr[i] = fs.get(i).toArray(new String[0]);
    }
    return ids(arr, featureIndex);
  }

  /** The feature ids of one line as tagging computes them. */
  int[][] featureIds(String text, int[] tok) {
    return featureIds.of(text, tok);
  }

  /**
   * The language of the text this model was trained on ({@code es}), identified from that text or given with
   * {@link #withLanguage}; "" when unknown (models saved before Polylink recorded it).
   */
  public String language() {
    return language;
  }

  /** This model with its language set to {@code code} ({@code es}, {@code en}; "" for unknown). */
  public SequenceTagger withLanguage(String code) {
    if (code == null || !code.isEmpty() && !code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw new IllegalArgumentException("model language must be a language code such as es or en, got '" + code + "'");
    }
    return new SequenceTagger(labels, featureIndex, weights, transitions, lexicon, gazetteer, code, sequences);
  }

  /** What one sequence is for this model (models saved before version 4: lines). */
  public Sequences sequences() {
    return sequences;
  }

  /** The language most of {@code docs} are written in (first 500), "" when none is identified. */
  static String languageOf(List<TrainingText> docs) {
    io.polylink.link.lang.LanguageIdentifier id = io.polylink.link.lang.LanguageIdentifier.create();
    Map<String, Integer> votes = new TreeMap<>();
    for (TrainingText d : docs.subList(0, Math.min(500, docs.size()))) {
      io.polylink.link.lang.LanguageIdentifier.Result r = id.identify(d.text());
      if (r.isDetermined()) {
        votes.merge(r.language().primary(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  /** The entity types this model tags, sorted. */
  public List<String> types() {
    TreeSet<String> t = new TreeSet<>();
    for (String l : labels) {
      if (!l.equals("O")) {
        t.add(l.substring(2));
      }
    }
    return List.copyOf(t);
  }

  /** The gazetteer classes of {@code word} ("given+family", "place", ...), "" when the model has none for it. */
  public String gazetteerClass(String word) {
    return gazetteer.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), "");
  }

  /** Number of features kept. */
  public int featureCount() {
    return featureIndex.size();
  }

  /** Trains a model on annotated documents. */
  public static SequenceTagger train(List<TrainingText> docs, Settings settings) {
    return train(docs, settings, Map.of());
  }

  /**
   * Trains a model on annotated documents with an outside word list as a feature: {@code gazetteer} maps lower-cased
   * words to a class name (e.g. the redactor's given/family/place lists), so words the training text
   * never showed still carry what the list knows of them. The list is saved with the model.
   *
   * <p>With a gazetteer the words learned from the training annotations are not used, and a third of the
   * gazetteer's words (chosen with the settings' seed) look unknown while training: text generated from the same
   * lists would otherwise teach the model to trust the list alone, while real text is full of names no list holds.
   */
  public static SequenceTagger train(List<TrainingText> docs, Settings settings, Map<String, String> gazetteer) {
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("nothing to train on: no annotated documents");
    }
    TreeSet<String> types = new TreeSet<>();
    docs.forEach(d -> d.spans().forEach(s -> types.add(s.type())));
    if (types.isEmpty()) {
      throw new IllegalArgumentException("nothing to train on: the " + docs.size() + " documents have no annotations");
    }
    String[] labels = new String[1 + 2 * types.size()];
    labels[0] = "O";
    int k = 1;
    for (String t : types) {
      labels[k++] = "B-" + t;
      labels[k++] = "I-" + t;
    }
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      labelIndex.put(labels[i], i);
    }
    Map<String, String> lexicon = gazetteer.isEmpty() ? lexicon(docs, settings.sequences()) : Map.of();
    Map<String, String> seenGazetteer = gazetteer;
    if (!gazetteer.isEmpty()) {
      Random hide = new Random(settings.seed() * 31 + 7);
      seenGazetteer = new HashMap<>();
      for (var e : new TreeMap<>(gazetteer).entrySet()) {
        if (hide.nextInt(3) != 0) {
          seenGazetteer.put(e.getKey(), e.getValue());
        }
      }
    }
    // sequences: each line (or sentence) with at least one token
    List<String[][]> featSeqs = new ArrayList<>();
    List<int[]> goldSeqs = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (TrainingText d : docs) {
      for (int[] tok : TaggerTokens.sequences(d.text(), 0, d.text().length(), settings.sequences())) {
        int[] gold = goldLabels(d, tok, labelIndex);
        List<List<String>> fs = Features.of(d.text(), tok, lexicon, seenGazetteer);
        String[][] arr = new String[fs.size()][];
        for (int i = 0; i < fs.size(); i++) {
          arr[i] = fs.get(i).toArray(new String[0]);
          for (String f : arr[i]) {
            counts.merge(f, 1, Integer::sum);
          }
        }
        featSeqs.add(arr);
        goldSeqs.add(gold);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (String f : new TreeSet<>(counts.keySet())) {
      if (counts.get(f) >= settings.minFeatureCount()) {
        index.put(f, index.size());
      }
    }
    List<int[][]> seqs = new ArrayList<>(featSeqs.size());
    for (String[][] s : featSeqs) {
      seqs.add(ids(s, index));
    }
    int nl = labels.length;
    float[] w = new float[index.size() * nl];
    float[] u = new float[w.length];
    float[] tr = new float[(nl + 1) * nl];
    float[] tu = new float[tr.length];
    SequenceTagger m = new SequenceTagger(labels, index, w, tr, lexicon, Map.copyOf(gazetteer), languageOf(docs),
        settings.sequences());
    Integer[] order = new Integer[seqs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    float c = 1;
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      java.util.Collections.shuffle(Arrays.asList(order), random);
      for (int si : order) {
        int[][] x = seqs.get(si);
        int[] gold = goldSeqs.get(si);
        int[] pred = m.viterbi(x);
        if (!Arrays.equals(pred, gold)) {
          for (int t = 0; t < x.length; t++) {
            int gp = t == 0 ? nl : gold[t - 1];
            int pp = t == 0 ? nl : pred[t - 1];
            if (gold[t] != pred[t]) {
              for (int f : x[t]) {
                w[f * nl + gold[t]] += 1;
                u[f * nl + gold[t]] += c;
                w[f * nl + pred[t]] -= 1;
                u[f * nl + pred[t]] -= c;
              }
            }
            if (gold[t] != pred[t] || gp != pp) {
              tr[gp * nl + gold[t]] += 1;
              tu[gp * nl + gold[t]] += c;
              tr[pp * nl + pred[t]] -= 1;
              tu[pp * nl + pred[t]] -= c;
            }
          }
        }
        c++;
      }
    }
    for (int i = 0; i < w.length; i++) {
      w[i] -= u[i] / c;
    }
    for (int i = 0; i < tr.length; i++) {
      tr[i] -= tu[i] / c;
    }
    return m;
  }

  /** Words that mostly occur inside annotations of one type (at least twice): a lexicon feature. */
  private static Map<String, String> lexicon(List<TrainingText> docs, Sequences sequences) {
    Map<String, Map<String, Integer>> inType = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    for (TrainingText d : docs) {
      int[] tok = TaggerTokens.tokenize(d.text(), 0, d.text().length(), sequences);
      int si = 0;
      List<TaggedSpan> spans = new ArrayList<>(d.spans());
      spans.sort(java.util.Comparator.comparingInt(TaggedSpan::start));
      for (int i = 0; i < tok.length / 2; i++) {
        String word = d.text().substring(tok[2 * i], tok[2 * i + 1]).toLowerCase(java.util.Locale.ROOT);
        total.merge(word, 1, Integer::sum);
        while (si < spans.size() && spans.get(si).end() <= tok[2 * i]) {
          si++;
        }
        if (si < spans.size() && spans.get(si).start() <= tok[2 * i] && tok[2 * i + 1] <= spans.get(si).end()) {
          inType.computeIfAbsent(word, x -> new TreeMap<>()).merge(spans.get(si).type(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> lex = new HashMap<>();
    for (var e : inType.entrySet()) {
      var best = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      if (best.getValue() >= 2 && best.getValue() * 2 >= total.get(e.getKey())) {
        lex.put(e.getKey(), best.getKey());
      }
    }
    return lex;
  }

  private static int[] goldLabels(TrainingText d, int[] tok, Map<String, Integer> labelIndex) {
    int n = tok.length / 2;
    int[] gold = new int[n];
    for (TaggedSpan s : d.spans()) {
      boolean begun = false;
      for (int i = 0; i < n; i++) {
        if (tok[2 * i] >= s.start() && tok[2 * i + 1] <= s.end() && gold[i] == 0) {
          gold[i] = labelIndex.get((begun ? "I-" : "B-") + s.type());
          begun = true;
        } else if (tok[2 * i] < s.end() && tok[2 * i + 1] > s.start() && gold[i] == 0) {
          // a token only partly inside the annotation: tag it so the span is covered (boundary off by a char)
          gold[i] = labelIndex.get((begun ? "I-" : "B-") + s.type());
          begun = true;
        }
      }
    }
    return gold;
  }

  private static int[][] ids(String[][] feats, Map<String, Integer> index) {
    int[][] out = new int[feats.length][];
    for (int i = 0; i < feats.length; i++) {
      int[] ids = new int[feats[i].length];
      int n = 0;
      for (String f : feats[i]) {
        Integer id = index.get(f);
        if (id != null) {
          ids[n++] = id;
        }
      }
      out[i] = Arrays.copyOf(ids, n);
    }
    return out;
  }

  /** Best label sequence; I-T may only follow B-T or I-T. */
  private int[] viterbi(int[][] x) {
    int n = x.length;
    int nl = labels.length;
    double[] emit = new double[nl];
    double[][] score = new double[n][nl];
    int[][] back = new int[n][nl];
    for (int t = 0; t < n; t++) {
      Arrays.fill(emit, 0);
      for (int f : x[t]) {
        int base = f * nl;
        for (int l = 0; l < nl; l++) {
          emit[l] += weights[base + l];
        }
      }
      for (int l = 0; l < nl; l++) {
        boolean inside = labels[l].startsWith("I-");
        if (t == 0) {
          score[0][l] = inside ? Double.NEGATIVE_INFINITY : emit[l] + transitions[nl * nl + l];
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < nl; p++) {
          if (inside && !(p == l || p == l - 1)) {
            continue; // I-T after B-T (index l-1) or I-T (index l) only
          }
          double s = score[t - 1][p] + transitions[p * nl + l];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[t][l] = best + emit[l];
        back[t][l] = arg;
      }
    }
    int[] path = new int[n];
    int bestL = 0;
    for (int l = 1; l < nl; l++) {
      if (score[n - 1][l] > score[n - 1][bestL]) {
        bestL = l;
      }
    }
    path[n - 1] = bestL;
    for (int t = n - 1; t > 0; t--) {
      path[t - 1] = back[t][path[t]];
    }
    return path;
  }

  /** The spans this model finds in {@code text}, UTF-16 offsets, in text order. */
  public List<TaggedSpan> tag(String text) {
    return tag(text, 0, text.length());
  }

  /** The spans this model finds in {@code text[from, to)}, UTF-16 offsets into {@code text}, in text order. */
  public List<TaggedSpan> tag(String text, int from, int to) {
    List<TaggedSpan> out = new ArrayList<>();
    for (int[] tok : TaggerTokens.sequences(text, from, to, sequences)) {
      int[] path = viterbi(featureIds.of(text, tok));
      int start = -1;
      String type = null;
      for (int i = 0; i <= path.length; i++) {
        String l = i < path.length ? labels[path[i]] : "O";
        boolean continues = l.startsWith("I-") && type != null && l.substring(2).equals(type);
        if (!continues && type != null) {
          out.add(new TaggedSpan(type, start, tok[2 * i - 1]));
          type = null;
        }
        if (!l.equals("O") && !continues) {
          type = l.substring(2);
          start = tok[2 * i];
        }
      }
    }
    return out;
  }

  /**
   * Writes the model (gzip'd binary), keeping only non-zero weights. A model of {@link Sequences#LINES} is written in
   * version 3 of the format, which Polylink before version 4 reads too.
   */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    int nl = labels.length;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
        Files.newOutputStream(file))))) {
      out.writeInt(MAGIC);
      // a model of lines is written as version 3, byte for byte what Polylink wrote before sentences existed
      out.writeInt(sequences == Sequences.LINES ? 3 : VERSION);
      out.writeInt(nl);
      for (String l : labels) {
        out.writeUTF(l);
      }
      String[] byId = new String[featureIndex.size()];
      featureIndex.forEach((f, id) -> byId[id] = f);
      int kept = 0;
      for (int f = 0; f < byId.length; f++) {
        if (nonZero(f) > 0) {
          kept++;
        }
      }
      out.writeInt(kept);
      for (int f = 0; f < byId.length; f++) {
        int nz = nonZero(f);
        if (nz == 0) {
          continue;
        }
        out.writeUTF(byId[f]);
        out.writeShort(nz);
        for (int l = 0; l < nl; l++) {
          float v = weights[f * nl + l];
          if (v != 0) {
            out.writeShort(l);
            out.writeFloat(v);
          }
        }
      }
      for (float t : transitions) {
        out.writeFloat(t);
      }
      out.writeInt(lexicon.size());
      for (var e : new TreeMap<>(lexicon).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      out.writeInt(gazetteer.size());
      for (var e : new TreeMap<>(gazetteer).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      out.writeUTF(language);
      if (sequences != Sequences.LINES) {
        out.writeUTF(sequences.name());
      }
    }
  }

  private int nonZero(int f) {
    int nl = labels.length;
    int nz = 0;
    for (int l = 0; l < nl; l++) {
      if (weights[f * nl + l] != 0) {
        nz++;
      }
    }
    return nz;
  }

  /** Reads a model written by {@link #save}. */
  public static SequenceTagger load(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      return load(raw, file.toString());
    }
  }

  /** Reads a model written by {@link #save} from a stream (e.g. a class-path resource) named {@code file}. */
  public static SequenceTagger load(InputStream raw, String file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a Polylink tagger model");
      }
      int version = in.readInt();
      if (version < 1 || version > VERSION) {
        throw new IOException(file + " is a tagger model of version " + version + ", this Polylink reads " + VERSION);
      }
      int nl = in.readInt();
      String[] labels = new String[nl];
      for (int i = 0; i < nl; i++) {
        labels[i] = in.readUTF();
      }
      int nf = in.readInt();
      Map<String, Integer> index = new HashMap<>(nf * 2);
      float[] w = new float[nf * nl];
      for (int f = 0; f < nf; f++) {
        index.put(in.readUTF(), f);
        int nz = in.readShort();
        for (int k = 0; k < nz; k++) {
          int l = in.readShort();
          w[f * nl + l] = in.readFloat();
        }
      }
      float[] tr = new float[(nl + 1) * nl];
      for (int i = 0; i < tr.length; i++) {
        tr[i] = in.readFloat();
      }
      int nlex = in.readInt();
      Map<String, String> lex = new HashMap<>(nlex * 2);
      for (int i = 0; i < nlex; i++) {
        lex.put(in.readUTF(), in.readUTF());
      }
      Map<String, String> gaz = new HashMap<>();
      if (version >= 2) {
        int ngaz = in.readInt();
        for (int i = 0; i < ngaz; i++) {
          gaz.put(in.readUTF(), in.readUTF());
        }
      }
      String language = version >= 3 ? in.readUTF() : "";
      Sequences sequences = Sequences.LINES;
      if (version >= 4) {
        String name = in.readUTF();
        try {
          sequences = Sequences.valueOf(name);
        } catch (IllegalArgumentException e) {
          throw new IOException(file + " names unknown sequences '" + name + "', expected LINES or SENTENCES", e);
        }
      }
      return new SequenceTagger(labels, index, w, tr, lex, Map.copyOf(gaz), language, sequences);
    } catch (java.io.EOFException e) {
      throw new IOException(file + " is truncated: not a complete tagger model", e);
    }
  }
}
