package io.polylink.link.rank;

import io.polylink.kb.store.NameHit.MatchKind;
import java.util.List;

/**
 * One candidate entity of a mention, as the ranker sees it: what any source of candidates can tell (a KB lookup, a
 * candidate file). Unknown numeric evidence is {@link Double#NaN}; the ranker then treats it as absent.
 *
 * @param id the entity id; candidates of a document that share an id are the same entity
 * @param title the entity's title or label (a Wikipedia title may carry a "(qualifier)" or ", place" part)
 * @param popularity a popularity count (in-links, sitelinks), 0 when unknown
 * @param nameShare p(entity | name): the share of the name's uses or records that mean this entity, NaN when unknown
 * @param type coarse type code ({@code PER}, {@code ORG}, {@code LOC}, ...), empty when unknown
 * @param links ids of entities this one is linked or related to (a link graph, KB relations); may name entities
 *     that are no candidate of the document
 * @param context similarity in [0, 1] of the entity's description to the mention's context, NaN when unknown
 * @param kbMatch how well the mention matched one of the entity's names in the KB in [0, 1] (label or alias, same
 *     language or not), NaN when unknown
 * @param commonNoun true when the entity is a concept written in lower case, not a name
 * @param typeProfile the entity's type profile as sorted, distinct indices into the labels of its mention's
 *     {@link RankMention#typeExpectation()} (see {@link TypeCompatibility}); null when unknown (no relations, or no
 *     type classifier in use)
 * @param dense cosine similarity in [-1, 1] of a sentence encoder's vectors for the mention's context and the
 *     entity's text (label, description), NaN when no encoder is configured (see {@code Linker.Builder#denseContext})
 * @param namePrior p(entity | the mention's name) from link statistics (Wikipedia anchors) kept with the entity's name in
 *     the KB, 0 when the KB keeps such priors for the name's other entities but none for this one; NaN when unknown
 *     (a KB or candidate source without link statistics)
 * @param matchKind how the mention's name met the entity's: as written ({@link MatchKind#NAME}, also for candidate
 *     files), through a stem or through a bilingual dictionary's translation (features {@code name.stemmed_match} and
 *     {@code name.translated_match})
 */
public record RankCandidate(
    String id,
    String title,
    long popularity,
    double nameShare,
    String type,
    List<String> links,
    double context,
    double kbMatch,
    boolean commonNoun,
    int[] typeProfile,
    double dense,
    double namePrior,
    MatchKind matchKind) {

  public RankCandidate {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("candidate id must not be empty");
    }
    if (popularity < 0) {
      throw new IllegalArgumentException("popularity must be >= 0, got " + popularity + " for " + id);
    }
    title = title == null ? "" : title;
    type = type == null ? "" : type;
    links = links == null ? List.of() : List.copyOf(links);
    typeProfile = typeProfile == null ? null : typeProfile.clone();
    if (!Double.isNaN(namePrior) && (namePrior < 0 || namePrior > 1)) {
      throw new IllegalArgumentException("name prior must be in [0, 1] or NaN, got " + namePrior + " for " + id);
    }
    matchKind = matchKind == null ? MatchKind.NAME : matchKind;
  }

  /** A candidate whose name matched as written. */
  public RankCandidate(String id, String title, long popularity, double nameShare, String type, List<String> links,
      double context, double kbMatch, boolean commonNoun, int[] typeProfile, double dense, double namePrior) {
    this(id, title, popularity, nameShare, type, links, context, kbMatch, commonNoun, typeProfile, dense, namePrior,
        MatchKind.NAME);
  }

  /** A candidate without a name prior. */
  public RankCandidate(String id, String title, long popularity, double nameShare, String type, List<String> links,
      double context, double kbMatch, boolean commonNoun, int[] typeProfile, double dense) {
    this(id, title, popularity, nameShare, type, links, context, kbMatch, commonNoun, typeProfile, dense, Double.NaN);
  }

  /** A candidate without a type profile nor dense context evidence. */
  public RankCandidate(String id, String title, long popularity, double nameShare, String type, List<String> links,
      double context, double kbMatch, boolean commonNoun) {
    this(id, title, popularity, nameShare, type, links, context, kbMatch, commonNoun, null, Double.NaN);
  }

  /** A candidate with a type profile (or null), without dense context evidence. */
  public RankCandidate(String id, String title, long popularity, double nameShare, String type, List<String> links,
      double context, double kbMatch, boolean commonNoun, int[] typeProfile) {
    this(id, title, popularity, nameShare, type, links, context, kbMatch, commonNoun, typeProfile, Double.NaN);
  }

  /** This candidate with a dense context similarity. */
  public RankCandidate withDense(double similarity) {
    return new RankCandidate(id, title, popularity, nameShare, type, links, context, kbMatch, commonNoun, typeProfile,
        similarity, namePrior, matchKind);
  }

  /** This candidate with a name prior from link statistics (NaN: unknown). */
  public RankCandidate withNamePrior(double prior) {
    return new RankCandidate(id, title, popularity, nameShare, type, links, context, kbMatch, commonNoun, typeProfile,
        dense, prior, matchKind);
  }

  /** A candidate known only by id, title, popularity, type and links (a candidate file, a Wikipedia graph). */
  public static RankCandidate of(String id, String title, long popularity, String type, List<String> links) {
    return new RankCandidate(id, title, popularity, Double.NaN, type, links, Double.NaN, Double.NaN, false, null, Double.NaN,
        Double.NaN);
  }
}
