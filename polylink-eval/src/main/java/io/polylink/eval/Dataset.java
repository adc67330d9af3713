package io.polylink.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named list of documents with gold annotations.
 *
 * @param name the dataset name ({@code kore50}, {@code hipe2020-dev-en})
 * @param documents the documents, ids unique
 */
public record Dataset(String name, List<EvalDocument> documents) {

  public Dataset {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("dataset needs a name, got '" + name + "'");
    }
    documents = List.copyOf(documents);
    Set<String> ids = new HashSet<>();
    for (EvalDocument d : documents) {
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("dataset '" + name + "' has the document id '" + d.id() + "' twice");
      }
    }
  }

  /** Number of gold mentions over all documents. */
  public int mentionCount() {
    return documents.stream().mapToInt(d -> d.gold().size()).sum();
  }
}
