package io.polylink.link.rank;

import java.util.List;

/**
 * An entity the document is already known to be about (a confident link of an earlier window): evidence for the
 * coherence of the mentions being ranked, never a candidate itself.
 *
 * @param id the entity id
 * @param links the ids it links or relates to
 */
public record RankAnchor(String id, List<String> links) {
  public RankAnchor {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("anchor id must not be empty");
    }
    links = links == null ? List.of() : List.copyOf(links);
  }
}
