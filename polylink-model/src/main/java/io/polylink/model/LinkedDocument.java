package io.polylink.model;

import java.util.List;

/**
 * A document with its links, in text order.
 *
 * @param document the input document (with the identified language)
 * @param links the links, ordered by span
 */
public record LinkedDocument(Document document, List<Link> links) {

  public LinkedDocument {
    if (document == null) {
      throw new IllegalArgumentException("linked document needs a document");
    }
    links = List.copyOf(links);
  }
}
