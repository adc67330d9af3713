/**
 * Unknown entities (EDIN): the mentions a linker leaves NIL are kept with their contexts ({@link
 * io.polylink.discover.NilMention}), clustered across documents and batches ({@link io.polylink.discover.Discoverer},
 * settings in {@link io.polylink.discover.DiscoveryConfig}), and each cluster becomes one proposed entity ({@link
 * io.polylink.discover.Proposal}) that a KB takes live ({@link io.polylink.kb.store.KnowledgeBase#add}).
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"))) {
 *   Linker linker = Linker.builder().knowledgeBase(kb).build();
 *   Discoverer d = Discoverer.load(Path.of("clusters.json"), DiscoveryConfig.defaults());
 *   for (Document doc : docs) {
 *     NilMention.of(linker.link(doc), d.config().contextTokens()).forEach(d::add);
 *   }
 *   List<Proposal> proposals = d.proposals(true);
 *   kb.add(proposals.stream().map(Proposal::toAddition).toList());   // linkable by the next link call
 *   d.save(Path.of("clusters.json"));
 * }
 * }</pre>
 */
package io.polylink.discover;
