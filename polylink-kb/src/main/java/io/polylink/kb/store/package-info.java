/**
 * The KB store: one Lucene index per KB generation, memory-mapped read-only by the linker.
 *
 * <p>Each entity is one Lucene document: field {@code n} holds its distinct normalized name keys (of its names in
 * every language; postings without frequencies: how many names share a key is counted from the record at lookup),
 * {@code t} romanized keys of non-Latin labels,
 * {@code id} its id, {@code pop} its popularity (numeric doc values) and {@code rec} the {@link
 * io.polylink.kb.store.EntityRecord} (binary doc values). The terms dictionary of {@code n} is the name dictionary
 * the spotter walks.
 *
 * <pre>{@code
 * KbBuilder.into(dir).build(Sources.open("wikidata", dump, WikidataDumpSource.Options.defaults()));
 * try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
 *   Lookup lookup = kb.lookup();                       // one per thread
 *   if ((lookup.probe("angela", false) & Lookup.CONTINUES) != 0) { ... }
 *   List<NameHit> hits = lookup.candidates("angela merkel", 24);
 * }
 * }</pre>
 *
 * <p>A directory holds generations {@code gen-NNNNNN} and a {@code CURRENT} file naming the live one; builds switch
 * it atomically and hold an OS lock on {@code build.lock}.
 *
 * <p>Entities added after the build ({@link io.polylink.kb.store.KnowledgeBase#add}, {@code polylink kb add}) go to
 * {@code live/}, a small Lucene index of the same form, one commit per add, written under an OS lock on
 * {@code live.lock}. An open KB reads the generation and {@code live/} together: its own adds are visible at once,
 * other processes' adds at the next refresh (default: checked at most once a second). A live entity replaces a
 * built one of the same id. {@code kb build} leaves {@code live/} alone, so the additions survive a rebuild.
 *
 * <pre>{@code
 * kb.add(List.of(new EntityAddition(entity, List.of("words around its mentions"))));
 * }</pre>
 */
package io.polylink.kb.store;
