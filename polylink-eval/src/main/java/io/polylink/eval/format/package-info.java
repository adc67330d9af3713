/**
 * One package per corpus format, as OpenNLP's {@code formats} has it: each reads its files into the harness's
 * {@link io.polylink.eval.Dataset} of documents with gold annotations (or its own records where the format is not
 * mention-shaped), with errors naming the file and the line.
 *
 * <ul>
 *   <li>{@code nif}: NIF 2.0 Turtle (GERBIL corpora, stored predictions);</li>
 *   <li>{@code hipe}: HIPE-2022 TSV (NE-COARSE-LIT mentions, NEL-LIT QIDs, NIL);</li>
 *   <li>{@code brat}: brat standoff {@code .txt}/{@code .ann} pairs (MEDDOCAN);</li>
 *   <li>{@code presidio}: presidio-research's synthetic JSON;</li>
 *   <li>{@code melo}: MELO's queries, corpus and relevance judgements;</li>
 *   <li>{@code pprforned}: PPRforNED's candidate files and the in-link prior ranker;</li>
 *   <li>{@code jsonl}: JSON Lines and stored predictions in Polylink's JSONL.</li>
 * </ul>
 *
 * ELEVANT's JSONL is read in {@code io.polylink.eval.elevant}, beside ELEVANT's own scoring rules.
 */
package io.polylink.eval.format;
