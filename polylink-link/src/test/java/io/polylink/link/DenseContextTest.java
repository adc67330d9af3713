package io.polylink.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.rank.FeatureGroup;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.rank.RankerTrainer;
import io.polylink.model.Document;
import io.polylink.model.Entity;
import io.polylink.model.EntityType;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dense context feature on a synthetic KB where only meaning tells two same-named entities apart: "Jaguar3" is a
 * popular animal and a less popular car maker, the documents speak of prey and jungles or of engines and dealers, with
 * no word of either description (so the word-overlap feature sees nothing). A topic encoder stands in for a sentence
 * encoder. A ranker trained with the dense feature picks the right sense; one trained without it cannot.
 */
class DenseContextTest {

  @TempDir static Path tmp;
  static KnowledgeBase kb;
  static final int NAMES = 12;

  /** Words of two topics map to two axes; every other word to a small hashed remainder. Counts its calls. */
  static final class TopicEncoder implements TextEncoder {
    static final Map<String, Integer> TOPIC = Map.ofEntries(
        Map.entry("animal", 0), Map.entry("feline", 0), Map.entry("prey", 0), Map.entry("jungle", 0),
        Map.entry("hunted", 0), Map.entry("claws", 0), Map.entry("zoo", 0),
        Map.entry("manufacturer", 1), Map.entry("automobile", 1), Map.entry("engine", 1), Map.entry("dealer", 1),
        Map.entry("sedan", 1), Map.entry("horsepower", 1), Map.entry("showroom", 1));
    final AtomicInteger texts = new AtomicInteger();

    @Override
    public float[][] encode(List<String> batch) {
      texts.addAndGet(batch.size());
      float[][] out = new float[batch.size()][];
      for (int i = 0; i < batch.size(); i++) {
        float[] v = new float[16];
        for (String w : batch.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (w.isEmpty()) {
            continue;
          }
          Integer t = TOPIC.get(w);
          if (t != null) {
            v[t] += 1;
          } else {
            v[2 + Math.floorMod(w.hashCode(), 14)] += 0.1f;
          }
        }
        double n = 0;
        for (float x : v) {
          n += x * x;
        }
        for (int k = 0; n > 0 && k < v.length; k++) {
          v[k] /= (float) Math.sqrt(n);
        }
        out[i] = v;
      }
      return out;
    }

    @Override
    public int dimension() {
      return 16;
    }

    @Override
    public String name() {
      return "topics";
    }
  }

  @BeforeAll
  static void build() throws Exception {
    List<Entity> l = new ArrayList<>();
    for (int k = 0; k < NAMES; k++) {
      l.add(TestKbs.e("Q" + (1000 + k), 900, EntityType.OTHER, "feline animal", Map.of(), "en", "Jaguar" + k));
      l.add(TestKbs.e("Q" + (2000 + k), 150, EntityType.ORGANIZATION, "automobile manufacturer", Map.of(),
          "en", "Jaguar" + k));
    }
    KbBuilder.into(tmp.resolve("kb")).threads(1).build(TestKbs.source(l));
    kb = KnowledgeBase.open(tmp.resolve("kb"));
  }

  @AfterAll
  static void close() throws Exception {
    kb.close();
  }

  record Doc(String text, Span span, String gold) {}

  static Doc doc(Random rnd) {
    int k = rnd.nextInt(NAMES);
    boolean cat = rnd.nextBoolean();
    String name = "Jaguar" + k;
    String text = cat
        ? "In the jungle the " + name + " hunted its prey with sharp claws before the zoo keepers came."
        : "The " + name + " dealer showed a new sedan whose engine gives more horsepower in the showroom.";
    int start = text.indexOf(name);
    return new Doc(text, new Span(start, start + name.length()), "Q" + ((cat ? 1000 : 2000) + k));
  }

  static RankerModel train(Linker features, boolean dense, long seed) {
    Random rnd = new Random(seed);
    List<RankerTrainer.Example> examples = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      Doc x = doc(rnd);
      List<RankMention> ms = features.rankMentions(Document.of(x.text()), List.of(x.span()));
      int gold = -1;
      List<RankCandidate> cs = ms.get(0).candidates();
      for (int j = 0; j < cs.size(); j++) {
        if (cs.get(j).id().equals(x.gold())) {
          gold = j;
        }
      }
      examples.add(new RankerTrainer.Example(ms, new int[] {gold}));
    }
    RankerTrainer.Options o = RankerTrainer.Options.defaults().withStages(1).withTrees(0);
    if (!dense) {
      o = o.withoutGroups(EnumSet.of(FeatureGroup.DENSE));
    }
    return RankerTrainer.train(examples, o).model();
  }

  static double accuracy(Linker linker, long seed) {
    Random rnd = new Random(seed);
    int right = 0;
    int n = 100;
    for (int d = 0; d < n; d++) {
      Doc x = doc(rnd);
      LinkedDocument r = linker.linkSpans(new Document("d" + d, x.text(), Language.of("en")), List.of(x.span()));
      Link link = r.links().get(0);
      if (!link.isNil() && link.entity().value().equals(x.gold())) {
        right++;
      }
    }
    return right / (double) n;
  }

  /** A linker that only computes features. */
  static Linker featureLinker(TextEncoder enc) {
    return Linker.builder().knowledgeBase(kb).denseContext(enc).forTraining().build();
  }

  static RankerModel denseReading() {
    String text = "format\tpolylink-ranker\t1\nstage\t1\nweight\tname.exact\t1\nweight\tdense.cosine\t1\n"
        + "calibration\t1\t0\t0\t0\n";
    try {
      return RankerModel.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "test");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDenseFeaturePicksTheSenseTheContextMeans() {
    TopicEncoder enc = new TopicEncoder();
    Linker features = featureLinker(enc);
    RankerModel with = train(features, true, 1);
    RankerModel without = train(features, false, 1);
    assertTrue(with.uses(FeatureGroup.DENSE), "trained with dense: " + with.weight(1, "dense.cosine"));
    assertFalse(without.uses(FeatureGroup.DENSE));
    double accWith = accuracy(Linker.builder().knowledgeBase(kb).rankerModel(with).denseContext(enc).build(), 2);
    double accWithout = accuracy(Linker.builder().knowledgeBase(kb).rankerModel(without).build(), 2);
    assertTrue(accWith >= 0.95, "with dense context: " + accWith);
    assertTrue(accWithout <= 0.7, "without: " + accWithout + " (only popularity can decide)");
  }

  @Test
  void entityVectorsAreCachedAcrossDocuments() {
    TopicEncoder enc = new TopicEncoder();
    Linker linker = featureLinker(enc);
    Random rnd = new Random(3);
    for (int d = 0; d < 30; d++) {
      Doc x = doc(rnd);
      linker.rankMentions(Document.of(x.text()), List.of(x.span()));
    }
    // 30 contexts + at most the 2 * NAMES distinct entity texts (here the descriptions repeat: 2 texts per name)
    assertTrue(enc.texts.get() <= 30 + 2 * NAMES, "encoded " + enc.texts.get() + " texts");
    Doc x = doc(new Random(4));
    List<RankMention> ms = linker.rankMentions(Document.of(x.text()), List.of(x.span()));
    for (RankCandidate c : ms.get(0).candidates()) {
      assertTrue(c.dense() >= -1 && c.dense() <= 1.0001, "cosine " + c.dense());
    }
  }

  @Test
  void withoutAnEncoderTheFeatureIsAbsent() {
    Linker plain = Linker.builder().knowledgeBase(kb).build();
    Doc x = doc(new Random(5));
    for (RankCandidate c : plain.rankMentions(Document.of(x.text()), List.of(x.span())).get(0).candidates()) {
      assertTrue(Double.isNaN(c.dense()));
    }
    assertEquals(null, plain.denseContext());
  }

  @Test
  void modelAndEncoderMustAgree() {
    IllegalStateException noWeight = assertThrows(IllegalStateException.class,
        () -> Linker.builder().knowledgeBase(kb).denseContext(new TopicEncoder()).build());
    assertTrue(noWeight.getMessage().contains("no weight on it"), noWeight.getMessage());
    IllegalStateException off = assertThrows(IllegalStateException.class,
        () -> Linker.builder().knowledgeBase(kb).rankerModel(denseReading()).build());
    assertTrue(off.getMessage().contains("turn it on"), off.getMessage());
    assertFalse(RankerModel.defaults().uses(FeatureGroup.DENSE), "the shipped model must not need an encoder");
    assertNotNull(featureLinker(new TopicEncoder()).denseContext());
  }

  @Test
  void chunksCoverTheWindowAndEndAtSentences() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("Sentence number ").append(i).append(" says something about the weather today. ");
    }
    String t = sb.toString();
    int[] b = DenseContext.chunks(t, 5, t.length());
    assertEquals(5, b[0]);
    assertEquals(t.length(), b[b.length - 1]);
    for (int i = 1; i < b.length - 1; i++) {
      assertTrue(b[i] > b[i - 1]);
      assertEquals(' ', t.charAt(b[i]), "chunk " + i + " starts after a sentence end");
      assertEquals('.', t.charAt(b[i] - 1));
      assertTrue(b[i] - b[i - 1] >= DenseContext.CHUNK_CHARS);
    }
    String cjk = "北京是中国的首都".repeat(400);
    int[] c = DenseContext.chunks(cjk, 0, cjk.length());
    assertTrue(c.length > 2, "text without spaces is cut too");
  }
}
