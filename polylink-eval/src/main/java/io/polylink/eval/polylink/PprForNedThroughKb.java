package io.polylink.eval.polylink;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.link.Linker;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.RankerTrainer;
import io.polylink.link.rank.Ranking;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * PPRforNED's gold mentions with the candidates a Wikipedia-titled KB gives them at run time, instead of the
 * candidate lists the PPRforNED files bring: the ranker then learns (and its calibration is fitted) on what the
 * linker will really rank on that KB: two dozen same-named pages for "Chicago" (the band, the musical, the 2002
 * film), one lone page for a web anchor, or none that is right.
 *
 * <p>PPRforNED has no running text, so each document becomes its mentions' surfaces one per sentence ("EU. German.
 * ..."), and {@link Linker#rankMentions} gives each span's candidates and features from the linker's KB. The gold
 * candidate is the KB entity {@code enwiki:<Title>} of the mention's gold page (so the KB must carry title ids:
 * {@code kb build --source wikidict} without {@code --qids}); a mention whose page is not among its candidates, or
 * that has none (NIL in PPRforNED), is a negative for every candidate: what the calibration must learn to doubt.
 */
public final class PprForNedThroughKb {

  /** Between two mentions in the pseudo text: a sentence break, so that no mention joins the next. */
  static final String SEPARATOR = ". ";

  private PprForNedThroughKb() {}

  /**
   * Whether a document is among the share {@code share} of documents trained a second time through the KB: a fixed
   * hash of its id (not the one that leaves documents without priors), not its position.
   */
  public static boolean chosen(String docId, double share) {
    return PprForNedPriors.leftOut(docId + "/kb", share);
  }

  /** One training example per document with at least one mention. */
  public static List<RankerTrainer.Example> examples(List<PprForNedReader.Document> docs, Linker linker) {
    List<RankerTrainer.Example> out = new ArrayList<>(docs.size());
    for (PprForNedReader.Document d : docs) {
      RankerTrainer.Example e = example(d, linker);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The document's example, null when it has no mention with a surface. */
  static RankerTrainer.Example example(PprForNedReader.Document d, Linker linker) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    int cp = 0;
    for (PprForNedReader.Mention m : d.mentions()) {
      String surface = m.surface().strip();
      if (surface.isEmpty()) {
        continue;
      }
      if (!spans.isEmpty()) {
        text.append(SEPARATOR);
        cp += SEPARATOR.length();
      }
      int n = surface.codePointCount(0, surface.length());
      spans.add(new Span(cp, cp + n));
      text.append(surface);
      cp += n;
      gold.add(goldId(m.goldUrl()));
    }
    if (spans.isEmpty()) {
      return null;
    }
    text.append('.');
    List<RankMention> ms = linker.rankMentions(new Document(d.id(), text.toString(), Language.of("en")), spans);
    int[] g = new int[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      g[i] = -1;
      String want = gold.get(i);
      List<RankCandidate> cs = ms.get(i).candidates();
      for (int j = 0; want != null && j < cs.size(); j++) {
        if (cs.get(j).id().equals(want)) {
          g[i] = j;
          break;
        }
      }
    }
    return new RankerTrainer.Example(ms, g);
  }

  /**
   * How a ranker does on such examples.
   *
   * @param mentions all mentions
   * @param goldAmongCandidates mentions whose gold page is one of their candidates
   * @param topRight of those, the ones whose best candidate is the gold page
   * @param linkedRight mentions linked (best candidate's confidence at least the threshold) to their gold page
   * @param linkedWrong mentions linked to another page (NIL gold included)
   */
  public record Accuracy(int mentions, int goldAmongCandidates, int topRight, int linkedRight, int linkedWrong) {

    /** Top-1 accuracy over the mentions whose gold page is a candidate. */
    public double topAccuracy() {
      return goldAmongCandidates == 0 ? 0 : topRight / (double) goldAmongCandidates;
    }
  }

  /** Scores {@code ranker} on {@code examples} (from {@link #examples}), linking at {@code threshold}. */
  public static Accuracy accuracy(DocumentRanker ranker, List<RankerTrainer.Example> examples, double threshold) {
    int all = 0;
    int among = 0;
    int right = 0;
    int linkedRight = 0;
    int linkedWrong = 0;
    for (RankerTrainer.Example e : examples) {
      Ranking r = ranker.rank(e.mentions());
      for (int i = 0; i < e.gold().length; i++) {
        all++;
        int best = r.best(i);
        boolean ok = e.gold()[i] >= 0 && best == e.gold()[i];
        if (e.gold()[i] >= 0) {
          among++;
          right += ok ? 1 : 0;
        }
        if (best >= 0 && r.confidences()[i][best] >= threshold) {
          if (ok) {
            linkedRight++;
          } else {
            linkedWrong++;
          }
        }
      }
    }
    return new Accuracy(all, among, right, linkedRight, linkedWrong);
  }

  /** {@code enwiki:<Title>} of a gold page URL, first letter upper case as Wikipedia titles are; null for NIL. */
  static String goldId(String url) {
    if (url == null || url.isBlank() || url.equals("NIL")) {
      return null;
    }
    String t = PprForNedPriors.title(url);
    if (t.isEmpty()) {
      return null;
    }
    int first = t.codePointAt(0);
    return "enwiki:" + new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(t, Character.charCount(first), t.length());
  }
}
