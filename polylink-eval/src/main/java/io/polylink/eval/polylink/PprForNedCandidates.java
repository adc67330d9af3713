package io.polylink.eval.polylink;

import io.polylink.eval.format.pprforned.PprForNedReader;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankCandidate;
import io.polylink.link.rank.RankMention;
import io.polylink.link.rank.RankerTrainer;
import io.polylink.link.rank.Ranking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * PPRforNED documents as the library ranker sees them: each candidate's page id, title, in-link count (popularity),
 * predicted type ({@code GPE} read as {@code LOC}) and the ids of the document's other candidates it links to. The
 * reader has already shuffled the candidates with a fixed seed; nothing here reads their order or the gold position,
 * except {@link #example} which marks the gold candidate for training.
 */
public final class PprForNedCandidates {

  private PprForNedCandidates() {}

  /** The ranker's view of a document. */
  public static List<RankMention> mentions(PprForNedReader.Document d) {
    List<RankMention> out = new ArrayList<>(d.mentions().size());
    for (PprForNedReader.Mention m : d.mentions()) {
      List<RankCandidate> cs = new ArrayList<>(m.candidates().size());
      for (PprForNedReader.Candidate c : m.candidates()) {
        cs.add(RankCandidate.of(c.id(), c.name(), c.inCount(), type(c.predictedType()), c.links())
            .withNamePrior(c.namePrior()));
      }
      out.add(new RankMention(m.surface(), cs));
    }
    return out;
  }

  static String type(String predicted) {
    return switch (predicted) {
      case "PER" -> "PER";
      case "ORG" -> "ORG";
      case "GPE", "LOC" -> "LOC";
      default -> "";
    };
  }

  /** A training document: the gold candidate's index per mention, -1 for NIL or a gold page among no candidates. */
  public static RankerTrainer.Example example(PprForNedReader.Document d) {
    int[] gold = new int[d.mentions().size()];
    for (int i = 0; i < gold.length; i++) {
      PprForNedReader.Mention m = d.mentions().get(i);
      gold[i] = -1;
      if (m.goldUrl() != null) {
        for (int j = 0; j < m.candidates().size(); j++) {
          if (m.candidates().get(j).url().equals(m.goldUrl())) {
            gold[i] = j;
            break;
          }
        }
      }
    }
    return new RankerTrainer.Example(mentions(d), gold);
  }

  /** Training documents for every document. */
  public static List<RankerTrainer.Example> examples(List<PprForNedReader.Document> docs) {
    return docs.stream().map(PprForNedCandidates::example).toList();
  }

  /** Candidate URLs per mention, most probable first (ties by page id, never by position). */
  public static List<List<String>> rank(DocumentRanker ranker, PprForNedReader.Document d) {
    Ranking r = ranker.rank(mentions(d));
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < d.mentions().size(); i++) {
      List<PprForNedReader.Candidate> cs = d.mentions().get(i).candidates();
      double[] p = r.probabilities()[i];
      List<Integer> order = new ArrayList<>();
      for (int j = 0; j < cs.size(); j++) {
        order.add(j);
      }
      order.sort(Comparator.comparingDouble((Integer j) -> -p[j]).thenComparing(j -> cs.get(j).id()));
      List<String> urls = new ArrayList<>();
      for (int j : order) {
        if (!urls.contains(cs.get(j).url())) {
          urls.add(cs.get(j).url());
        }
      }
      out.add(urls);
    }
    return out;
  }

  /**
   * Micro accuracy (over non-NIL mentions) and macro accuracy (mean over documents with such mentions) of the
   * top-ranked candidate.
   */
  public static double[] accuracy(DocumentRanker ranker, List<PprForNedReader.Document> docs) {
    long total = 0;
    long right = 0;
    double docSum = 0;
    int scoredDocs = 0;
    for (PprForNedReader.Document d : docs) {
      List<List<String>> ranked = rank(ranker, d);
      int dt = 0;
      int dr = 0;
      for (int i = 0; i < ranked.size(); i++) {
        String gold = d.mentions().get(i).goldUrl();
        if (gold == null) {
          continue;
        }
        dt++;
        if (!ranked.get(i).isEmpty() && ranked.get(i).get(0).equals(gold)) {
          dr++;
        }
      }
      if (dt > 0) {
        total += dt;
        right += dr;
        docSum += dr / (double) dt;
        scoredDocs++;
      }
    }
    return new double[] {total == 0 ? 0 : right / (double) total, scoredDocs == 0 ? 0 : docSum / scoredDocs};
  }
}
