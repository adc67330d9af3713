package io.polylink.bench.synth;

import java.util.List;
import java.util.Map;

/**
 * A synthetic Wikidata item, ready to serialize.
 *
 * @param index position in the dump
 * @param id the item id
 * @param kind what it is
 * @param labels language to label, in insertion order
 * @param descriptions language to description
 * @param aliases language to aliases
 * @param statements claims, grouped by property in order of first appearance when written
 * @param sitelinks site to title, in insertion order
 * @param badged sites whose article is marked as featured
 * @param lastrevid revision id
 * @param pageid page id
 * @param modified ISO timestamp
 */
record Item(int index, String id, Kind kind, Map<String, String> labels, Map<String, String> descriptions,
    Map<String, List<String>> aliases, List<Statement> statements, Map<String, String> sitelinks, List<String> badged,
    long lastrevid, long pageid, String modified) {}
