/**
 * Polylink's data model: immutable records shared by every stage (documents, spans in code points, mentions,
 * candidates, links, entities). No dependencies.
 *
 * <pre>{@code
 * Document doc = Document.of("Angela Merkel besuchte Paris.");
 * Span span = new Span(23, 28);                 // code points, half-open
 * String surface = TextOffsets.substring(doc.text(), span); // "Paris"
 * }</pre>
 */
package io.polylink.model;
