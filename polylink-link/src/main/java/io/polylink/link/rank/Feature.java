package io.polylink.link.rank;

import static io.polylink.link.rank.FeatureGroup.COHERENCE;
import static io.polylink.link.rank.FeatureGroup.CONTEXT;
import static io.polylink.link.rank.FeatureGroup.DENSE;
import static io.polylink.link.rank.FeatureGroup.NAME;
import static io.polylink.link.rank.FeatureGroup.PRIOR;
import static io.polylink.link.rank.FeatureGroup.SHAPE;
import static io.polylink.link.rank.FeatureGroup.TITLE_GROUP;
import static io.polylink.link.rank.FeatureGroup.TYPE;
import static io.polylink.link.rank.Feature.Stage.COLLECTIVE;
import static io.polylink.link.rank.Feature.Stage.GRAPH;
import static io.polylink.link.rank.Feature.Stage.LOCAL;

import java.util.ArrayList;
import java.util.List;

/**
 * Every ranking feature, declared once: its group, its name within the group and the stage that computes it. The
 * feature's name ({@link #id}, "group.name") is what model files ({@code default-ranker.tsv}) list, and its
 * {@link #slot} is its column in every feature row, so a name and its value cannot drift apart. Declared in slot
 * order: all {@link Stage#LOCAL} features, then {@link Stage#GRAPH}, then {@link Stage#COLLECTIVE}.
 *
 * <p>To add a feature: declare it here at the end of its stage's block (a model file that does not name it gives it
 * weight 0, so the shipped models score as before), and write its value in {@link Features} as
 * {@code f[NEW_FEATURE.slot()] = ...}. {@code FeaturesTest} fails when a declared feature is never written.
 */
enum Feature {
  // ---- stage 1, LOCAL: the mention and its candidates alone (Features.local)
  PRIOR_LOG_POP(PRIOR, "log_pop", LOCAL),
  PRIOR_LOG_POP_REL(PRIOR, "log_pop_rel", LOCAL),
  PRIOR_POP_SHARE(PRIOR, "pop_share", LOCAL),
  PRIOR_POP_TOP(PRIOR, "pop_top", LOCAL),
  PRIOR_POP_LOG_RANK(PRIOR, "pop_log_rank", LOCAL),
  PRIOR_NAME_SHARE(PRIOR, "name_share", LOCAL, 1.6),
  PRIOR_ANCHOR(PRIOR, "anchor", LOCAL),
  PRIOR_ANCHOR_REL(PRIOR, "anchor_rel", LOCAL),
  PRIOR_ANCHOR_TOP(PRIOR, "anchor_top", LOCAL),
  PRIOR_ANCHOR_NONE(PRIOR, "anchor_none", LOCAL),
  NAME_EXACT(NAME, "exact", LOCAL),
  NAME_EXACT_UNQUALIFIED(NAME, "exact_unqualified", LOCAL),
  NAME_EXACT_BEFORE_COMMA(NAME, "exact_before_comma", LOCAL),
  NAME_QUALIFIED(NAME, "qualified", LOCAL),
  NAME_JACCARD(NAME, "jaccard", LOCAL),
  NAME_MENTION_IN_TITLE(NAME, "mention_in_title", LOCAL),
  NAME_TITLE_IN_MENTION(NAME, "title_in_mention", LOCAL),
  NAME_LAST_TOKEN(NAME, "last_token", LOCAL),
  NAME_FIRST_TOKEN(NAME, "first_token", LOCAL),
  NAME_ACRONYM(NAME, "acronym", LOCAL),
  NAME_JARO_WINKLER(NAME, "jaro_winkler", LOCAL),
  NAME_PREFIX(NAME, "prefix", LOCAL),
  NAME_STEM(NAME, "stem", LOCAL),
  NAME_NO_OVERLAP(NAME, "no_overlap", LOCAL),
  NAME_KB_MATCH(NAME, "kb_match", LOCAL, 2.2),
  TYPE_PER(TYPE, "PER", LOCAL),
  TYPE_ORG(TYPE, "ORG", LOCAL),
  TYPE_LOC(TYPE, "LOC", LOCAL),
  TYPE_PROFILE_LL(TYPE, "profile_ll", LOCAL),
  TYPE_PROFILE_LL_REL(TYPE, "profile_ll_rel", LOCAL, Features.TYPE_LL_REL_WEIGHT),
  TYPE_PROFILE_F1(TYPE, "profile_f1", LOCAL),
  TYPE_PROFILE_F1_REL(TYPE, "profile_f1_rel", LOCAL, Features.TYPE_F1_REL_WEIGHT),
  TYPE_PROFILE_NONE(TYPE, "profile_none", LOCAL),
  SHAPE_PER_CAPS(SHAPE, "PER_caps", LOCAL),
  SHAPE_ORG_CAPS(SHAPE, "ORG_caps", LOCAL),
  SHAPE_LOC_CAPS(SHAPE, "LOC_caps", LOCAL),
  SHAPE_PER_SINGLE(SHAPE, "PER_single", LOCAL),
  SHAPE_ORG_SINGLE(SHAPE, "ORG_single", LOCAL),
  SHAPE_LOC_SINGLE(SHAPE, "LOC_single", LOCAL),
  SHAPE_EXACT_CAPS(SHAPE, "exact_caps", LOCAL),
  SHAPE_LAST_TOKEN_PER(SHAPE, "last_token_PER", LOCAL),
  SHAPE_POP_REL_X_LOG_COUNT(SHAPE, "pop_rel_x_log_count", LOCAL),
  CONTEXT_OVERLAP(CONTEXT, "overlap", LOCAL, 2.0),
  CONTEXT_COMMON_NOUN(CONTEXT, "common_noun", LOCAL, -1.5),
  DENSE_COSINE(DENSE, "cosine", LOCAL),
  DENSE_COSINE_REL(DENSE, "cosine_rel", LOCAL),
  DENSE_COSINE_TOP(DENSE, "cosine_top", LOCAL),
  /** The candidate was found through a stem of the mention's name, not the name itself (issue 16). */
  NAME_STEMMED_MATCH(NAME, "stemmed_match", LOCAL),
  /** The candidate was found through a bilingual dictionary's translation of the mention's words (issue 16). */
  NAME_TRANSLATED_MATCH(NAME, "translated_match", LOCAL),

  // ---- stage 1, GRAPH: the candidate graph without decisions (CandidateGraph.ppr, uniform and by popularity)
  COHERENCE_U_PPR(COHERENCE, "u_ppr", GRAPH),
  COHERENCE_U_PPR_LOG(COHERENCE, "u_ppr_log", GRAPH),
  COHERENCE_U_PPR_LOG_REL(COHERENCE, "u_ppr_log_rel", GRAPH),
  COHERENCE_U_PPR_NT_LOG(COHERENCE, "u_ppr_nt_log", GRAPH),
  COHERENCE_P_PPR(COHERENCE, "p_ppr", GRAPH),
  COHERENCE_P_PPR_LOG(COHERENCE, "p_ppr_log", GRAPH),
  COHERENCE_P_PPR_LOG_REL(COHERENCE, "p_ppr_log_rel", GRAPH),
  COHERENCE_P_PPR_NT_LOG(COHERENCE, "p_ppr_nt_log", GRAPH),
  COHERENCE_DEGREE_LOG(COHERENCE, "degree_log", GRAPH),

  // ---- later stages, COLLECTIVE: weighted by the previous stage's probabilities (Features.Doc.stage2)
  COHERENCE_W_PPR(COHERENCE, "w_ppr", COLLECTIVE),
  COHERENCE_W_PPR_LOG(COHERENCE, "w_ppr_log", COLLECTIVE),
  COHERENCE_W_PPR_LOG_REL(COHERENCE, "w_ppr_log_rel", COLLECTIVE),
  COHERENCE_W_PPR_NT_LOG(COHERENCE, "w_ppr_nt_log", COLLECTIVE),
  COHERENCE_SUPPORT(COHERENCE, "support", COLLECTIVE),
  COHERENCE_SUPPORT_LOG(COHERENCE, "support_log", COLLECTIVE),
  COHERENCE_SUPPORT_COUNT(COHERENCE, "support_count", COLLECTIVE),
  COHERENCE_SUPPORT_REL(COHERENCE, "support_rel", COLLECTIVE),
  COHERENCE_COREF_LONGER(COHERENCE, "coref_longer", COLLECTIVE),
  COHERENCE_HAS_LONGER(COHERENCE, "has_longer", COLLECTIVE),
  GROUP_NONE(TITLE_GROUP, "none", COLLECTIVE),
  GROUP_BARE(TITLE_GROUP, "bare", COLLECTIVE),
  GROUP_UNITS_LOG(TITLE_GROUP, "units_log", COLLECTIVE),
  GROUP_UNITS_SHARE(TITLE_GROUP, "units_share", COLLECTIVE),
  GROUP_PROB_MEAN(TITLE_GROUP, "prob_mean", COLLECTIVE),
  GROUP_PROB_SUM_LOG(TITLE_GROUP, "prob_sum_log", COLLECTIVE),
  COHERENCE_GROUP_PPR_REL_MEAN(COHERENCE, "group_ppr_rel_mean", COLLECTIVE),
  COHERENCE_COORD_TYPE(COHERENCE, "coord_type", COLLECTIVE, Features.COORD_TYPE_WEIGHT);

  /** When a feature is computed: stage 1 reads LOCAL and GRAPH features, later stages all three. */
  enum Stage {
    /** The mention and its candidates alone. */
    LOCAL,
    /** The document's candidate graph, before any decision. */
    GRAPH,
    /** Evidence weighted by the previous stage's probabilities. */
    COLLECTIVE
  }

  final FeatureGroup group;
  final Stage stage;
  /** NaN for none; see the constructor. */
  final double untaughtWeight;
  private final String id;

  Feature(FeatureGroup group, String name, Stage stage) {
    this(group, name, stage, Double.NaN);
  }

  /**
   * @param untaughtWeight the weight used when training data cannot teach the feature (it never differs between a
   *     mention's candidates there, e.g. no context in PPRforNED): the hand-set weight of Polylink's former ranker
   */
  Feature(FeatureGroup group, String name, Stage stage, double untaughtWeight) {
    this.group = group;
    this.id = group.prefix() + "." + name;
    this.stage = stage;
    this.untaughtWeight = untaughtWeight;
  }

  /** The name model files use: the group's prefix, a dot, the feature's name ("prior.log_pop"). */
  String id() {
    return id;
  }

  /** The column of this feature in a stage-1 row (LOCAL and GRAPH features) and in a later stage's row (all). */
  int slot() {
    return ordinal();
  }

  /** The names of the features of the given stages, in slot order. */
  static List<String> ids(Stage... stages) {
    List<String> out = new ArrayList<>();
    Stage previous = null;
    for (Feature f : values()) {
      if (previous != null && f.stage.compareTo(previous) < 0) {
        throw new IllegalStateException("feature " + f.id + " is declared after a feature of a later stage");
      }
      previous = f.stage;
      if (List.of(stages).contains(f.stage)) {
        out.add(f.id);
      }
    }
    return List.copyOf(out);
  }
}
