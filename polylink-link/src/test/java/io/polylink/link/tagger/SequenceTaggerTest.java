package io.polylink.link.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic tagger: training, sequences, the cached feature ids, save and load. */
class SequenceTaggerTest {

  private static final String[] GIVEN = {"Anna", "Karl", "Marie", "Jean", "Otto", "Lise", "Paul", "Eva"};
  private static final String[] FAMILY = {"Weber", "Dupont", "Huber", "Martin", "Keller", "Moreau", "Brun"};
  private static final String[] PLACES = {"Bern", "Lyon", "Basel", "Genf", "Zürich", "Paris"};
  private static final String[] VERBS = {"reiste nach", "wohnt in", "sprach in", "kam aus"};

  /** Sentences "Anna Weber reiste nach Bern." with pers and loc spans; {@code broken}: a line break inside names. */
  static List<TrainingText> texts(int n, long seed, boolean broken) {
    Random r = new Random(seed);
    List<TrainingText> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      StringBuilder t = new StringBuilder();
      List<TaggedSpan> spans = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        int s = t.length();
        t.append(GIVEN[r.nextInt(GIVEN.length)]).append(broken && r.nextBoolean() ? '\n' : ' ')
            .append(FAMILY[r.nextInt(FAMILY.length)]);
        spans.add(new TaggedSpan("pers", s, t.length()));
        t.append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ');
        s = t.length();
        t.append(PLACES[r.nextInt(PLACES.length)]);
        spans.add(new TaggedSpan("loc", s, t.length()));
        t.append(". ");
      }
      out.add(new TrainingText("d" + d, t.toString().trim(), spans));
    }
    return out;
  }

  @Test
  void learnsTypedSpans() {
    SequenceTagger m = SequenceTagger.train(texts(60, 1, false), SequenceTagger.Settings.defaults());
    assertEquals(List.of("loc", "pers"), m.types());
    String text = "Marie Keller wohnt in Basel.";
    assertEquals(List.of(new TaggedSpan("pers", 0, 12), new TaggedSpan("loc", 22, 27)), m.tag(text));
    // a window of the text: offsets stay the text's
    String two = "x. " + text;
    assertEquals(List.of(new TaggedSpan("pers", 3, 15), new TaggedSpan("loc", 25, 30)), m.tag(two, 3, two.length()));
  }

  @Test
  void sentencesLetANameRunAcrossALineBreak() {
    List<TrainingText> train = texts(80, 2, true);
    String text = "Jean\nMoreau kam aus Lyon.";
    SequenceTagger lines = SequenceTagger.train(train, SequenceTagger.Settings.defaults());
    SequenceTagger sentences = SequenceTagger.train(train,
        SequenceTagger.Settings.defaults().withSequences(SequenceTagger.Sequences.SENTENCES));
    assertTrue(!lines.tag(text).contains(new TaggedSpan("pers", 0, 11)), "a line is a sequence: " + lines.tag(text));
    assertEquals(new TaggedSpan("pers", 0, 11), sentences.tag(text).get(0));
  }

  @Test
  void sentencesEndAtAMarkBeforeACapitalButNotAfterATitle() {
    String text = "Er kam. Dr. Weber ging.\nDann 3 Tage.";
    List<String> seqs = new ArrayList<>();
    for (int[] tok : TaggerTokens.sequences(text, 0, text.length(), SequenceTagger.Sequences.SENTENCES)) {
      seqs.add(text.substring(tok[0], tok[tok.length - 1]));
    }
    assertEquals(List.of("Er kam.", "Dr. Weber ging.", "Dann 3 Tage."), seqs);
  }

  @Test
  void runningTextSplitsWordsOcrGlued() {
    String text = "den 22 JanuariHUFVUDSTADSBLADET1898 vidHelsingfors";
    List<String> words = new ArrayList<>();
    int[] tok = TaggerTokens.tokenize(text, 0, text.length(), SequenceTagger.Sequences.SENTENCES);
    for (int i = 0; i < tok.length; i += 2) {
      words.add(text.substring(tok[i], tok[i + 1]));
    }
    assertEquals(List.of("den", "22", "Januari", "HUFVUDSTADSBLADET", "1898", "vid", "Helsingfors"), words);
    assertEquals(8, TaggerTokens.tokenize(text, 0, text.length()).length, "lines keep letter and digit runs whole");
  }

  @Test
  void longSentencesAreCut() {
    String text = ("ein langer Satz ohne Punkt, ").repeat(30);
    for (int[] tok : TaggerTokens.sequences(text, 0, text.length(), SequenceTagger.Sequences.SENTENCES)) {
      assertTrue(tok.length / 2 <= TaggerTokens.MAX_SENTENCE, "" + tok.length / 2);
    }
  }

  @Test
  void savedModelTagsAlike(@TempDir Path dir) throws Exception {
    SequenceTagger m = SequenceTagger.train(texts(40, 3, true),
        SequenceTagger.Settings.defaults().withSequences(SequenceTagger.Sequences.SENTENCES), Map.of("weber", "family"));
    Path f = dir.resolve("m.plm");
    m.save(f);
    SequenceTagger loaded = SequenceTagger.load(f);
    assertEquals(SequenceTagger.Sequences.SENTENCES, loaded.sequences());
    assertEquals("family", loaded.gazetteerClass("Weber"));
    String text = "Otto\nWeber sprach in Genf. Lise Brun kam aus Paris.";
    assertEquals(m.tag(text), loaded.tag(text));
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> new SequenceTagger.Settings(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new SequenceTagger.Settings(1, 1, 1, null));
  }

  @Test
  void cachedFeatureIdsEqualTheStringBuiltOnes() {
    Map<String, String> gazetteer = Map.of("anna", "given", "weber", "family", "bern", "place", "kam", "word");
    List<TrainingText> train = texts(100, 4, false);
    SequenceTagger m = SequenceTagger.train(train, new SequenceTagger.Settings(2, 4, 1), gazetteer);
    List<String> texts = new ArrayList<>();
    train.forEach(d -> texts.add(d.text()));
    texts.add("Nombre: Ana Ruiz.\nNHC: 12345 : x : y\n\n  ,,; ÄÖÜ straße 5 ΑΘΗΝΑ 𝐀𝐁 Zoë");
    texts.add(":");
    for (String text : texts) {
      for (int[] line : TaggerTokens.lines(text)) {
        int[] tok = TaggerTokens.tokenize(text, line[0], line[1]);
        int[][] fast = m.featureIds(text, tok);
        int[][] slow = m.featureIdsBuiltFromStrings(text, tok);
        assertEquals(slow.length, fast.length);
        for (int i = 0; i < fast.length; i++) {
          int[] a = fast[i].clone();
          int[] b = slow[i].clone();
          Arrays.sort(a);
          Arrays.sort(b);
          assertTrue(Arrays.equals(a, b), "token " + i + " of '" + text + "'");
        }
      }
    }
  }
}
