/**
 * Writers of linked documents shared by every output of Polylink (the CLI's {@code --format}, the server's
 * endpoints, the evaluation harness): {@link io.polylink.format.PolylinkJson}, {@link io.polylink.format.NifWriter}
 * (NIF 2.0 Turtle as GERBIL reads it) and {@link io.polylink.format.Spotlight} (DBpedia Spotlight's JSON and XML).
 * Offsets are code points in all of them.
 *
 * <pre>{@code
 * LinkedDocument doc = linker.link("Angela Merkel besuchte Paris.");
 * StringBuilder ttl = new StringBuilder();
 * new NifWriter(ttl).prefixes().document("https://example.org/doc/1", null, doc);
 * Spotlight.annotationJson(writer, doc.document().text(), Spotlight.Params.defaults(),
 *     Spotlight.resources(doc, id -> 0));
 * }</pre>
 */
package io.polylink.format;
