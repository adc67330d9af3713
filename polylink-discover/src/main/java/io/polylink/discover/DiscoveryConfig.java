package io.polylink.discover;

/**
 * Every setting of discovery, with its default in one place.
 *
 * <p>A mention joins the most similar cluster when their similarity reaches {@code threshold}, else it starts a new
 * cluster. Similarity = {@code nameWeight} × name similarity + (1 − {@code nameWeight}) × context cosine −
 * {@code typePenalty} when both have a type guess and they differ. Name similarity is 1 for the same normalized name,
 * 0.8 when one name's tokens are part of the other's and they end alike ("Weber", "Johann Weber"), else the
 * character-trigram Dice coefficient × 0.9 when it is at least 0.6 (OCR and spelling variants), else 0.
 *
 * <p>The default threshold, 0.30, was chosen on the HIPE-2022 train splits (hipe2020 de, newseye fi and sv), never on
 * the dev splits reported: clustering every train mention with a QID, the mean B-cubed F1 was 0.868 at 0.20-0.30,
 * 0.866 at 0.35, 0.849 at 0.40, 0.795 at 0.60 and 0.642 at 0.70 ({@code io.polylink.eval.polylink.EdinTuning}); the
 * highest of the best thresholds was taken. With the default weights it lets the same name (0.6) or a partial name
 * (0.48) join a cluster on the name alone, unless the type cues disagree; context words decide between
 * near-threshold fuzzy names and between clusters that share a name.
 *
 * @param threshold similarity a mention needs to join a cluster, in (0, 1] (default 0.30)
 * @param nameWeight weight of name similarity against context, in [0, 1] (default 0.6)
 * @param typePenalty subtracted when mention and cluster have different type guesses (default 0.15)
 * @param contextTokens words on each side of a mention that make its context (default 20)
 * @param clusterContextWords context words a cluster keeps, the most frequent (default 64)
 * @param examples example contexts a cluster keeps for its proposal (default 3)
 * @param minMentions mentions a cluster needs to be proposed as an entity (default 2)
 */
public record DiscoveryConfig(double threshold, double nameWeight, double typePenalty, int contextTokens,
    int clusterContextWords, int examples, int minMentions) {

  public DiscoveryConfig {
    check(threshold > 0 && threshold <= 1, "threshold must be in (0, 1], got " + threshold);
    check(nameWeight >= 0 && nameWeight <= 1, "nameWeight must be in [0, 1], got " + nameWeight);
    check(typePenalty >= 0 && typePenalty <= 1, "typePenalty must be in [0, 1], got " + typePenalty);
    check(contextTokens >= 0 && contextTokens <= 1000, "contextTokens must be in [0, 1000], got " + contextTokens);
    check(clusterContextWords >= 1 && clusterContextWords <= 4096,
        "clusterContextWords must be in [1, 4096], got " + clusterContextWords);
    check(examples >= 0 && examples <= 100, "examples must be in [0, 100], got " + examples);
    check(minMentions >= 1, "minMentions must be >= 1, got " + minMentions);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The defaults. */
  public static DiscoveryConfig defaults() {
    return new DiscoveryConfig(0.30, 0.6, 0.15, 20, 64, 3, 2);
  }

  public DiscoveryConfig withThreshold(double t) {
    return new DiscoveryConfig(t, nameWeight, typePenalty, contextTokens, clusterContextWords, examples, minMentions);
  }

  public DiscoveryConfig withMinMentions(int n) {
    return new DiscoveryConfig(threshold, nameWeight, typePenalty, contextTokens, clusterContextWords, examples, n);
  }
}
