/**
 * The learned candidate ranker that the {@link io.polylink.link.Linker} uses, usable on its own for any candidate
 * source (a KB lookup, candidate files such as PPRforNED's).
 *
 * <ul>
 *   <li>{@link io.polylink.link.rank.RankMention} and {@link io.polylink.link.rank.RankCandidate}: what is ranked
 *       (title, popularity, type, links to other entities, optional name share, KB match, context);</li>
 *   <li>features in named {@link io.polylink.link.rank.FeatureGroup}s: prior, name match, type, mention shape,
 *       context, coherence (personalized PageRank over the document's candidate graph, {@code CandidateGraph}; link
 *       support, coreference with longer mentions) and title-signature agreement; each feature declared once in
 *       {@code Feature} (group, name, stage), from which the name lists and the value slots of {@code Features}
 *       come;</li>
 *   <li>{@link io.polylink.link.rank.DocumentRanker}: stage 1 scores each mention, stage 2 re-scores with stage 1's
 *       decisions as evidence; each stage is a linear score plus boosted trees; the final scores are calibrated;</li>
 *   <li>{@link io.polylink.link.rank.RankerTrainer}: listwise logistic regression (L-BFGS) and Newton-boosted trees,
 *       cross-fitted by document so that stage 2 trains on decisions made without its documents, Platt scaling on
 *       held-out folds; {@link io.polylink.link.rank.RankerModel}: the text model file, and the shipped model.</li>
 * </ul>
 *
 * <pre>{@code
 * List<RankerTrainer.Example> train = ...;                       // mentions with candidates, gold index or -1
 * RankerModel model = RankerTrainer.train(train, RankerTrainer.Options.defaults()).model();
 * model.write(Path.of("ranker.tsv"));
 * Ranking r = new DocumentRanker(model).rank(mentions);
 * int best = r.best(0);                                           // r.confidences()[0][best] vs a NIL threshold
 * }</pre>
 */
package io.polylink.link.rank;
