package io.polylink.eval;

import io.polylink.eval.pii.PiiSystem;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.xling.BilingualDictionary;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The systems plugged into the harness: the Polylink linker (per KB), the KB and ranker model task rank uses, and
 * the redactor. Any of them may be missing; a task that needs a missing one raises
 * {@link LinkerUnavailableException}.
 *
 * @param polylink makes the Polylink system for a KB folder (or null for the default); null when none is available
 * @param rankKb the KB the linker baseline of task rank ranks PPRforNED candidates with, instead of the one built
 *     from the split; null for the built one
 * @param rankerModel the ranker model Polylink ranks PPRforNED candidates with; null for the shipped one
 * @param redactor makes the redactor for task pii; null when none is available
 * @param dictionary word pairs for cross-lingual retrieval (MELO {@code _q_xx_c_en}; {@code eval --dictionary}),
 *     empty for none
 */
public record Systems(Function<Path, LinkingSystem> polylink, KnowledgeBase rankKb, RankerModel rankerModel,
    PiiSystem.Factory redactor, BilingualDictionary dictionary) {

  public Systems {
    java.util.Objects.requireNonNull(dictionary, "dictionary");
  }

  /** Whether a linker is plugged in. */
  public boolean hasLinker() {
    return polylink != null;
  }

  /** The Polylink system on {@code kb}. */
  public LinkingSystem linker(Path kb) {
    if (polylink == null) {
      throw new LinkerUnavailableException();
    }
    return polylink.apply(kb);
  }

  /** The redactor on {@code kb} with a tagger {@code model} and a {@code policy} (each may be null). */
  public PiiSystem redactor(Path kb, Path model, Path policy) {
    if (redactor == null) {
      throw new LinkerUnavailableException("Polylink redactor not available");
    }
    return redactor.make(kb, model, policy);
  }
}
