/**
 * End-to-end entity linking behind the {@link io.polylink.link.Linker} facade: language identification, then per
 * window of text ({@code WindowLinker}) one type per stage:
 *
 * <ol>
 *   <li>{@code Spotter}: spans the names dictionary holds (every name in every language) and runs of capitalized words
 *       it does not; {@code DetectionScorer} with its named {@code DetectionWeights}: how much each looks like a name;
 *   <li>{@code CandidateRetriever}: the entities a name may refer to, one implementation per kind of match (exact,
 *       romanized, fuzzy, longer form; {@code UnknownNameRetriever} tries them in order);
 *   <li>{@code SpotRanker}: the learned ranker of {@link io.polylink.link.rank} with coherence, the lists the names
 *       stand in ({@code ListStructure}) among its evidence;
 *   <li>{@code Selector}: overlaps, NIL and the {@link io.polylink.model.Link} of each kept span;
 *       {@code ListStructure} joins "Place, Region".
 * </ol>
 *
 * The module's README.md maps every class and says how to add a kind of retrieval or a ranking feature.
 */
package io.polylink.link;
