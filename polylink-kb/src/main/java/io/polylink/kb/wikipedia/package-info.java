/**
 * Name priors from Wikipedia's own links: {@link io.polylink.kb.wikipedia.AnchorStatistics} counts, in a MediaWiki
 * XML export (pages-articles, plain or .bz2), which page each anchor text links to (after redirects) and how often the
 * text occurs unlinked, giving p(entity | name) and each name's link probability;
 * {@link io.polylink.kb.wikipedia.SitelinkTitles} joins page titles to Wikidata ids through a Wikidata dump's
 * sitelinks; {@link io.polylink.kb.wikipedia.WikipediaPriorSource} turns the statistics into a KB source.
 *
 * <pre>{@code
 * AnchorStatistics s = AnchorStatistics.build(Path.of("enwiki-latest-pages-articles.xml.bz2"), 8);
 * Map<String, String> qids = SitelinkTitles.read(Path.of("latest-all.json.bz2"), "enwiki");
 * KbBuilder.into(Path.of("wiki-kb")).build(new WikipediaPriorSource("enwiki", s, qids, 0.01, 2));
 * }</pre>
 */
package io.polylink.kb.wikipedia;
