package io.polylink.kb.wikipedia;

import io.polylink.kb.source.CompressedInput;
import io.polylink.kb.source.EntitySource;
import io.polylink.kb.source.SourceException;
import io.polylink.kb.source.SourceStats;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A KB source from crosswikis-style dictionaries of web anchors ({@code anchor<TAB>English Wikipedia title<TAB>p(title
 * | anchor)}), as CoreNLP ships them: {@code wikidict.tab.gz} in the {@code models-english-kbp} jar (20.9M lines, 6.3M
 * titles), {@code wikidict_chinese.tsv.gz} and {@code wikidict_spanish.tsv} in its Chinese and Spanish model jars. Each
 * input is a jar (every entry named {@code wikidict*.tab|tsv[.gz]} is read) or such a file, plain or gzip.
 *
 * <p>One entity per title: its id the title's QID when {@code titleToQid} has it, else {@code enwiki:<Title>}
 * (underscores, first letter upper case); its English label the title without its parenthesized qualifier; its aliases
 * the anchors that {@link AnchorFilter} keeps, each in the language of its script (a Latin anchor in the dictionary's
 * language: {@code es} for the Spanish one, else {@code en}), each with p(title | anchor) as its name prior (the label
 * too, when an anchor spells it); its popularity the sum of p over all its anchors, kept or not, rounded, at least 1
 * (a page that many different texts point to is a well-known one); its coarse type from the title's qualifier or
 * words, or from forms of address in its anchors ({@link #typeOf(String, int)}), else {@code MISC}; its English
 * description the title's qualifier ("band" for {@code Tragedy_(band)}), none for a title without one.
 *
 * <p>The dictionaries are sorted by anchor, not title, so the source reads them once into {@value #BUCKETS}
 * temporary files by title hash (in {@code tempDir}, deleted afterwards) and then groups one file at a time: memory
 * stays bounded by the largest bucket (about 1/64 of the anchors), not the dictionary.
 */
public final class WikidictSource implements EntitySource {

  private static final int KEPT = 1;
  private static final int PERSON_CUE = 2;
  private static final int NO_SHARED_WORD = 4;

  /** Hashes of every title's label ({@link #nameHash}), sorted and distinct after pass 1. */
  private long[] labelHashes = new long[1 << 20];
  private int labelHashCount;

  /** Temporary files the anchors are spread over, by title hash. */
  static final int BUCKETS = 64;
  /** Most aliases kept per entity (the most often linked first): the most linked pages have thousands of anchors. */
  static final int MAX_ALIASES = 256;
  /** The most links {@link #minLinks} infers from a probability. */
  static final int MAX_IMPLIED_LINKS = 10_000;
  /** Six printed decimals, read into a float: half a unit of the last decimal and the float's own error. */
  static final double IMPLIED_LINKS_TOLERANCE = 6e-7;
  /** Links from which an anchor that is another page's title still names this one ({@link #minLinks}). */
  static final int MIN_LINKS_OVER_ANOTHER_TITLE = 10;
  /** Continued-fraction terms {@link #minLinks} expands at most (a probability of six decimals needs far fewer). */
  private static final int MAX_FRACTION_DEPTH = 40;
  private static final Pattern DICTIONARY_ENTRY = Pattern.compile("(^|.*/)wikidict[^/]*\\.(tab|tsv)(\\.gz)?");

  private final List<Path> inputs;
  private final Map<String, String> titleToQid;
  private final AnchorFilter filter;
  private final Path tempDir;
  private LongConsumer linesRead = n -> { };
  private final Map<AnchorFilter.Reason, Long> verdicts = new java.util.EnumMap<>(AnchorFilter.Reason.class);

  /**
   * @param inputs jars or dictionary files (plain or gzip)
   * @param titleToQid English Wikipedia title (spaces or underscores) to Wikidata id; empty for none
   * @param filter which anchors become names
   * @param tempDir where the temporary bucket files go (a fresh folder is made inside it and removed afterwards)
   */
  public WikidictSource(List<Path> inputs, Map<String, String> titleToQid, AnchorFilter filter, Path tempDir) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("wikidict source needs at least one input (a jar or dictionary file)");
    }
    this.inputs = List.copyOf(inputs);
    Map<String, String> q = new HashMap<>(titleToQid.size() * 2);
    titleToQid.forEach((k, v) -> q.put(normalizeTitle(k), v));
    this.titleToQid = q;
    this.filter = filter == null ? AnchorFilter.defaults() : filter;
    this.tempDir = tempDir;
  }

  /**
   * Where Maven keeps CoreNLP's model jar of {@code classifier} ({@code models-english-kbp}, {@code models-chinese},
   * {@code models-spanish}, version {@value #CORENLP_VERSION}): in {@code -Dmaven.repo.local}, else
   * {@code ~/.m2/repository}. The file may be absent.
   */
  public static Path localJar(String classifier) {
    String local = System.getProperty("maven.repo.local");
    Path repo = local != null && !local.isBlank() ? Path.of(local)
        : Path.of(System.getProperty("user.home"), ".m2", "repository");
    return repo.resolve("edu/stanford/nlp/stanford-corenlp").resolve(CORENLP_VERSION)
        .resolve("stanford-corenlp-" + CORENLP_VERSION + "-" + classifier + ".jar");
  }

  /** The CoreNLP version whose model jars hold the dictionaries. */
  public static final String CORENLP_VERSION = "4.5.10";

  /** Reads every line of each dictionary in {@code input} (a jar or a file), for tests and tools. */
  public static void forEachLine(Path input, Consumer<String> lines) throws IOException {
    forEachDictionary(input, (name, in) -> {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = r.readLine()) != null) {
        lines.accept(line);
      }
    });
  }

  /** Called with the number of dictionary lines read so far, every 100,000 lines. */
  public WikidictSource linesRead(LongConsumer listener) {
    this.linesRead = listener == null ? n -> { } : listener;
    return this;
  }

  /** How many anchors each filter rule decided, after {@link #read}. */
  public Map<AnchorFilter.Reason, Long> verdicts() {
    return Map.copyOf(verdicts);
  }

  @Override
  public String name() {
    List<String> names = new ArrayList<>();
    for (Path p : inputs) {
      names.add(p.getFileName().toString());
    }
    return "wikidict:" + String.join(",", names);
  }

  /**
   * Reads a {@code QID<TAB>title} file (e.g. ELEVANT's {@code qid_enwiki.tsv}) into title to QID; the first QID of a
   * title wins. Lines without a tab or with a blank field are skipped.
   */
  public static Map<String, String> readQids(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(CompressedInput.open(file),
        StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
          continue;
        }
        String qid = line.substring(0, tab).strip();
        if (!qid.matches("Q[1-9][0-9]*")) {
          throw new SourceException(file.toString(), n, "expected QID<TAB>title, got id '" + qid + "'");
        }
        out.putIfAbsent(normalizeTitle(line.substring(tab + 1)), qid);
      }
    }
    return out;
  }

  /**
   * Whether a title is a disambiguation page, which lists a name's meanings and is no entity: English Wikipedia
   * qualifies them "(disambiguation)" ("Berlin (disambiguation)"; also "(surname)" pages are people's lists, but they
   * are linked as such and stay).
   */
  static boolean disambiguationPage(String title) {
    return title.endsWith("(disambiguation)");
  }

  /** A title as a key: underscores as spaces, trimmed, first letter upper case (as Wikipedia capitalizes it). */
  static String normalizeTitle(String title) {
    String t = percentDecoded(title).replace('_', ' ').strip();
    if (t.isEmpty()) {
      return t;
    }
    int cp = t.codePointAt(0);
    int up = Character.toUpperCase(cp);
    return up == cp ? t : new StringBuilder().appendCodePoint(up).append(t, Character.charCount(cp), t.length())
        .toString();
  }

  /**
   * A title written as a URL path ("Jos%C3%A9_Ram%C3%B3n", as some lines of the Spanish dictionary have it) decoded;
   * anything that is not a run of valid %XX escapes of UTF-8 stays as written ("100%", "C++").
   */
  static String percentDecoded(String title) {
    int pct = title.indexOf('%');
    if (pct < 0) {
      return title;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(title.length());
    byte[] raw = title.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && HexFormat.isHexDigit(raw[i + 1]) && HexFormat.isHexDigit(raw[i + 2])) {
        out.write((HexFormat.fromHexDigit(raw[i + 1]) << 4) | HexFormat.fromHexDigit(raw[i + 2]));
        i += 2;
      } else {
        out.write(raw[i]);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return title;
    }
  }

  /** The entity id of a title: its QID when known, else {@code enwiki:<Title>} with underscores. */
  public String entityId(String title) {
    String t = normalizeTitle(title);
    String q = titleToQid.get(t);
    if (q != null) {
      return q;
    }
    StringBuilder id = new StringBuilder(t.length() + 7).append("enwiki:");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      id.append(Character.isWhitespace(c) ? '_' : c);
    }
    return id.toString();
  }

  /**
   * The coarse type a title's parenthesized qualifier gives ("Tragedy (band)" is an organization, "Paris (Texas)"
   * unknown); {@code OTHER} when it has none or none that says.
   */
  public static EntityType typeOf(String title) {
    String q = AnchorFilter.qualifierOf(title).toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return WikidictTypes.fromTitleWords(title);
    }
    int comma = q.indexOf(',');
    String head = comma > 0 ? q.substring(0, comma).strip() : q; // "footballer, born 1980"
    String last = head.substring(head.lastIndexOf(' ') + 1);
    q = head;
    if (WikidictTypes.PERSON.contains(last) || WikidictTypes.PERSON.contains(q)) {
      return EntityType.PERSON;
    }
    if (WikidictTypes.ORGANIZATION.contains(last) || WikidictTypes.ORGANIZATION.contains(q)) {
      return EntityType.ORGANIZATION;
    }
    if (WikidictTypes.LOCATION.contains(last) || WikidictTypes.LOCATION.contains(q)) {
      return EntityType.LOCATION;
    }
    if (WikidictTypes.WORK.contains(last) || WikidictTypes.WORK.contains(q)) {
      return EntityType.WORK;
    }
    return EntityType.OTHER;
  }

  /**
   * The coarse type of a title: {@link #typeOf(String)}, else {@code PER} when at least {@value
   * WikidictTypes#MIN_PERSON_CUES} of its anchors put a form of address or office before its words ("Dr. Angela
   * Merkel", "Chancellor Merkel"; see {@link WikidictTypes#isPersonCue}).
   */
  static EntityType typeOf(String title, int personCues) {
    EntityType t = typeOf(title);
    return t == EntityType.OTHER && personCues >= WikidictTypes.MIN_PERSON_CUES ? EntityType.PERSON : t;
  }

  @Override
  public SourceStats read(Consumer<Entity> sink) throws IOException {
    verdicts.clear();
    Path dir = Files.createTempDirectory(tempDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : tempDir,
        "wikidict-");
    try {
      long lines = spread(dir);
      long entities = 0;
      Map<String, Long> skipped = new TreeMap<>();
      for (int b = 0; b < BUCKETS; b++) {
        entities += group(dir.resolve(bucketName(b)), sink);
      }
      verdicts.forEach((r, n) -> {
        if (!r.kept()) {
          skipped.put("anchor-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'), n);
        }
      });
      return new SourceStats(entities, skipped, 0, lines);
    } finally {
      deleteTree(dir);
    }
  }

  private static String bucketName(int b) {
    return String.format(Locale.ROOT, "bucket-%02d", b);
  }

  /** Pass 1: every line into the bucket of its title, with the filter's verdict and the anchor's language. */
  private long spread(Path dir) throws IOException {
    DataOutputStream[] out = new DataOutputStream[BUCKETS];
    long[] lines = {0};
    try {
      for (int b = 0; b < BUCKETS; b++) {
        out[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(bucketName(b))),
            1 << 16));
      }
      for (Path input : inputs) {
        forEachDictionary(input, (name, in) -> readDictionary(name, in, out, lines));
      }
    } finally {
      for (DataOutputStream o : out) {
        if (o != null) {
          o.close();
        }
      }
    }
    long[] sorted = java.util.Arrays.copyOf(labelHashes, labelHashCount);
    java.util.Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    labelHashes = java.util.Arrays.copyOf(sorted, distinct);
    labelHashCount = distinct;
    return lines[0];
  }

  private interface DictionaryReader {
    void read(String name, InputStream in) throws IOException;
  }

  /** Calls {@code reader} for each dictionary of a jar, or for the file itself. */
  private static void forEachDictionary(Path input, DictionaryReader reader) throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new SourceException(input.toString(), 0, Files.isDirectory(input) ? "is a directory, expected a jar or "
          + "a wikidict file" : "no such file (expected a jar or a wikidict file)");
    }
    if (isZip(input)) {
      int found = 0;
      try (ZipFile zip = new ZipFile(input.toFile())) {
        List<? extends ZipEntry> entries = zip.stream().filter(e -> DICTIONARY_ENTRY.matcher(e.getName()).matches())
            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
        for (ZipEntry e : entries) {
          found++;
          try (InputStream raw = new BufferedInputStream(zip.getInputStream(e), 1 << 16);
              InputStream in = e.getName().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            reader.read(input.getFileName() + "!" + e.getName(), in);
          }
        }
      }
      if (found == 0) {
        throw new SourceException(input.toString(), 0, "the jar holds no wikidict*.tab or wikidict*.tsv dictionary");
      }
    } else {
      try (InputStream in = CompressedInput.open(input)) {
        reader.read(input.toString(), in);
      }
    }
  }

  private static boolean isZip(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] b = in.readNBytes(4);
      return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }
  }

  /** The language of the Latin-script anchors of a dictionary: Spanish for the Spanish one, else English. */
  static String latinLanguageOf(String dictionaryName) {
    return dictionaryName.toLowerCase(Locale.ROOT).contains("spanish") ? "es" : "en";
  }

  private void readDictionary(String name, InputStream in, DataOutputStream[] out, long[] lines) throws IOException {
    String latin = latinLanguageOf(name);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    long lineNo = 0;
    String line;
    while (true) {
      try {
        line = r.readLine();
      } catch (CharacterCodingException e) {
        throw new SourceException(name, lineNo + 1, "not UTF-8");
      }
      if (line == null) {
        break;
      }
      lineNo++;
      if (++lines[0] % 100_000 == 0) {
        linesRead.accept(lines[0]);
      }
      Line l = Line.parse(line);
      if (l == null) {
        verdicts.merge(AnchorFilter.Reason.NO_LETTER, 1L, Long::sum);
        continue; // a line without anchor, title or p: nothing to keep
      }
      String title = normalizeTitle(l.title);
      if (disambiguationPage(title)) {
        verdicts.merge(AnchorFilter.Reason.DISAMBIGUATION_PAGE, 1L, Long::sum);
        continue; // "Wien" -> Wien_(disambiguation): a page of meanings outranked Vienna by its exact label
      }
      AnchorFilter.Reason verdict = filter.judge(l.anchor, AnchorFilter.labelOf(title), l.p);
      verdicts.merge(verdict, 1L, Long::sum);
      DataOutputStream o = out[Math.floorMod(title.hashCode(), BUCKETS)];
      writeString(o, title);
      o.writeFloat((float) l.p);
      String label = AnchorFilter.labelOf(title);
      int flags = (verdict.kept() ? KEPT : 0) | (WikidictTypes.isPersonCue(l.anchor, label) ? PERSON_CUE : 0)
          | (verdict == AnchorFilter.Reason.CAPITALIZED_NAME ? NO_SHARED_WORD : 0);
      if (labelHashCount == labelHashes.length) {
        labelHashes = java.util.Arrays.copyOf(labelHashes, labelHashCount * 2);
      }
      labelHashes[labelHashCount++] = nameHash(label);
      o.writeByte(flags);
      if (verdict.kept()) {
        writeString(o, l.anchor.strip());
        writeString(o, AnchorFilter.languageOf(l.anchor, latin));
      }
    }
  }

  /**
   * One dictionary line: anchor, title, and p (the last column that is a decimal number in [0,1]; -1 when none: the
   * Spanish dictionary gives counts, {@code anchor<TAB>title<TAB>count}, not probabilities).
   */
  record Line(String anchor, String title, double p) {
    static Line parse(String line) {
      int t1 = line.indexOf('\t');
      if (t1 <= 0) {
        return null;
      }
      int t2 = line.indexOf('\t', t1 + 1);
      String title = (t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2)).strip();
      if (title.isEmpty() || line.substring(0, t1).isBlank()) {
        return null;
      }
      double p = -1;
      if (t2 >= 0) {
        String[] rest = line.substring(t2 + 1).split("\t");
        for (int i = rest.length - 1; i >= 0; i--) {
          String c = rest[i].strip();
          if (c.indexOf('.') < 0 && c.indexOf('e') < 0 && c.indexOf('E') < 0) {
            continue; // an integer is a count (the Spanish dictionary's third column), not a probability
          }
          try {
            double v = Double.parseDouble(c);
            if (v >= 0 && v <= 1) {
              p = v;
              break;
            }
          } catch (NumberFormatException ignored) {
            // a count or another column
          }
        }
      }
      return new Line(line.substring(0, t1), title, p);
    }
  }

  /** True when {@code anchor} spells the label of some title (see {@link #nameHash}). */
  private boolean namesATitle(String anchor) {
    return java.util.Arrays.binarySearch(labelHashes, 0, labelHashCount, nameHash(anchor)) >= 0;
  }

  /**
   * A 64-bit hash of a name, lower case, without surrounding spaces and trailing punctuation ("RUSSIA!" and "Russia"
   * hash alike): cheap enough for every line of the dictionary.
   */
  static long nameHash(String name) {
    int end = name.length();
    while (end > 0 && (Character.isWhitespace(name.charAt(end - 1)) || "!?.,;:".indexOf(name.charAt(end - 1)) >= 0)) {
      end--;
    }
    int start = 0;
    while (start < end && Character.isWhitespace(name.charAt(start))) {
      start++;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h ^= Character.toLowerCase(name.charAt(i));
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static void writeString(DataOutputStream o, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    o.writeInt(b.length);
    o.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  /** A kept anchor of a title. */
  private record Anchor(String text, String language, float p, int links) {
    Anchor(String text, String language, float p) {
      this(text, language, p, minLinks(p));
    }
  }

  /** What a bucket holds for one title. */
  private static final class TitleAnchors {
    double sumP;
    int personCues;
    final List<Anchor> kept = new ArrayList<>(2);
  }

  /** Pass 2: one bucket's titles, grouped and sorted, as entities. */
  private long group(Path bucket, Consumer<Entity> sink) throws IOException {
    Map<String, TitleAnchors> byTitle = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket), 1 << 16))) {
      while (true) {
        String title;
        try {
          title = readString(in);
        } catch (EOFException eof) {
          break;
        }
        float p = in.readFloat();
        TitleAnchors t = byTitle.computeIfAbsent(title, k -> new TitleAnchors());
        t.sumP += Math.max(0, p);
        int flags = in.readByte();
        if ((flags & PERSON_CUE) != 0) {
          t.personCues++;
        }
        if ((flags & KEPT) != 0) {
          String text = readString(in);
          String language = readString(in);
          Anchor anchor = new Anchor(text, language, p);
          if ((flags & NO_SHARED_WORD) != 0 && anchor.links() < MIN_LINKS_OVER_ANOTHER_TITLE && namesATitle(text)) {
            // "RUSSIA!" -> Alexander_Litvinenko: a name that shares no word with its title and is another page's
            // title is that page's name; the filter saw one line and could not know. Unless the string was linked
            // often and mostly here: "America" (.61) -> United_States though a page is titled "America"
            verdicts.merge(AnchorFilter.Reason.CAPITALIZED_NAME, -1L, Long::sum);
            verdicts.merge(AnchorFilter.Reason.ANOTHER_TITLE, 1L, Long::sum);
            continue;
          }
          t.kept.add(anchor);
        }
      }
    }
    Files.delete(bucket);
    List<String> titles = new ArrayList<>(byTitle.keySet());
    titles.sort(null);
    for (String title : titles) {
      sink.accept(entity(title, byTitle.get(title)));
    }
    return titles.size();
  }

  private Entity entity(String title, TitleAnchors t) {
    String label = AnchorFilter.labelOf(title);
    if (label.isEmpty()) {
      label = title;
    }
    String labelKey = TextNormalizer.key(label);
    List<Anchor> anchors = new ArrayList<>(t.kept);
    // The anchors seen most often first: they give the written form and the prior of a key that several anchors
    // share ("D.C." .63 over "D. C." 1.0) and they stay when only MAX_ALIASES fit. The dictionary gives no counts, but
    // p = k / n says the string was linked at least n times; by p alone, strings linked once (p = 1: "Dying",
    // "Calendric" -> United_States) came first and crowded out "D.C.", "America" (.61) and "Britain" (.54).
    anchors.sort(Comparator.comparingInt((Anchor a) -> -a.links).thenComparingDouble(a -> -a.p)
        .thenComparingInt(a -> a.text.length()).thenComparing(a -> a.text));
    Map<String, Float> priors = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    keys.add(labelKey);
    int n = 0;
    for (Anchor a : anchors) {
      String key = TextNormalizer.key(a.text);
      if (key.isEmpty()) {
        continue;
      }
      if (key.equals(labelKey)) {
        if (a.p >= 0) {
          priors.merge(label, a.p, Math::max);
        }
        continue;
      }
      if (!keys.add(key) || n >= MAX_ALIASES) {
        continue;
      }
      n++;
      aliases.computeIfAbsent(a.language, k -> new ArrayList<>()).add(a.text);
      if (a.p >= 0) {
        priors.putIfAbsent(a.text, Math.min(1f, a.p));
      }
    }
    long popularity = Math.max(1, Math.round(t.sumP));
    // The qualifier is what Wikipedia's editors wrote to tell the page from others of its name ("band", "2002 film",
    // "U.S. state"): the entity's short English description for users, and context words for the ranker ("the band
    // Chicago" vs. the city). Disambiguation pages never get here.
    String qualifier = AnchorFilter.qualifierOf(title);
    return new Entity(EntityId.of(entityId(title)), Map.of("en", label), aliases,
        qualifier.isEmpty() ? Map.of() : Map.of("en", qualifier), Map.of(), popularity, typeOf(title, t.personCues),
        priors);
  }

  /**
   * The fewest links that give the probability {@code p} as written in the dictionary (six decimals): the smallest n
   * with some k / n within rounding of p; 1 for p = 1, 2 for .5, hundreds for .968166. Capped at
   * {@link #MAX_IMPLIED_LINKS}.
   */
  static int minLinks(float p) {
    if (!(p > 0) || p >= 1) {
      return 1;
    }
    long n = simplest(p - IMPLIED_LINKS_TOLERANCE, p + IMPLIED_LINKS_TOLERANCE, 0)[1];
    return (int) Math.min(MAX_IMPLIED_LINKS, n);
  }

  /**
   * The fraction with the smallest denominator in [lo, hi], 0 < lo < hi, as {numerator, denominator}: by continued
   * fractions, x = w + 1 / z with z the simplest fraction of the inverted remainder interval.
   */
  private static long[] simplest(double lo, double hi, int depth) {
    double w = Math.floor(lo);
    if (w == lo) {
      return new long[] {(long) w, 1};
    }
    if (w + 1 <= hi || depth > MAX_FRACTION_DEPTH) {
      return new long[] {(long) w + 1, 1};
    }
    long[] z = simplest(1 / (hi - w), 1 / (lo - w), depth + 1);
    long denominator = z[0];
    return new long[] {(long) w * z[0] + z[1], denominator};
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
