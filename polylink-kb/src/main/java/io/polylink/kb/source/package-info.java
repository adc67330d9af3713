/**
 * Entity sources for KB builds: Wikidata JSON dumps (plain, gzip, bzip2), Polylink JSONL and TSV; see
 * {@code polylink-kb/SOURCES.md} for the formats.
 *
 * <pre>{@code
 * EntitySource src = Sources.open("wikidata", Path.of("latest-all.json.bz2"),
 *     WikidataDumpSource.Options.defaults().withLanguages(Set.of("en", "de")).withOnError(ErrorPolicy.SKIP));
 * SourceStats stats = src.read(entity -> ...);
 * }</pre>
 */
package io.polylink.kb.source;
