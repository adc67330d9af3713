package io.polylink.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.pii.PiiSystem;
import io.polylink.eval.task.LinkingTask;
import io.polylink.eval.task.NilTask;
import io.polylink.eval.task.PiiTask;
import io.polylink.eval.task.RankTask;
import io.polylink.eval.task.RetrievalTask;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.rank.RankerModel;
import io.polylink.link.xling.BilingualDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Runs one {@link EvalRequest}: checks its files and hands it to its task's class ({@link LinkingTask},
 * {@link PiiTask}, {@link RankTask}, {@link RetrievalTask}, {@link NilTask}), which reads the dataset, obtains the
 * system's answers (stored predictions, a built-in baseline, or a plugged-in {@link Systems system}) and scores them.
 * The result is one JSON object with {@code task}, {@code dataset}, {@code system}, {@code n}, {@code micro},
 * {@code macro} and the task's extras.
 */
public final class EvalRunner {

  private final Systems systems;

  /** @param polylink makes the Polylink system for a KB folder (or null); null when no linker is available */
  public EvalRunner(Function<Path, LinkingSystem> polylink) {
    this(polylink, null, null);
  }

  /**
   * @param polylink makes the Polylink system for a KB folder (or null); null when no linker is available
   * @param rankKb the KB the linker baseline of task rank ranks PPRforNED candidates with, instead of the one built
   *     from the split (a KB made by {@code PprForNedKb}, e.g. a copy with entities added); null for the built one
   * @param rankerModel the ranker model Polylink ranks PPRforNED candidates with (task rank); null for the shipped one
   */
  public EvalRunner(Function<Path, LinkingSystem> polylink, KnowledgeBase rankKb, RankerModel rankerModel) {
    this.systems = new Systems(polylink, rankKb, rankerModel, null, BilingualDictionary.empty());
  }

  private EvalRunner(Systems systems) {
    this.systems = systems;
  }

  /** A runner with {@code systems} plugged in. */
  public static EvalRunner of(Systems systems) {
    return new EvalRunner(systems);
  }

  /** This runner with {@code redactor} as the system of task pii. */
  public EvalRunner withRedactor(PiiSystem.Factory redactor) {
    return new EvalRunner(new Systems(systems.polylink(), systems.rankKb(), systems.rankerModel(), redactor,
        systems.dictionary()));
  }

  /**
   * Word pairs for cross-lingual retrieval (MELO {@code _q_xx_c_en}); {@code --dictionary} on {@code eval}.
   *
   * @param dictionary the dictionary, empty for none
   * @return this runner with the dictionary
   */
  public EvalRunner dictionary(BilingualDictionary dictionary) {
    return new EvalRunner(new Systems(systems.polylink(), systems.rankKb(), systems.rankerModel(),
        systems.redactor(), dictionary));
  }

  /** Scores the request. */
  public ObjectNode run(EvalRequest r) {
    if (!Files.exists(r.dataset())) {
      throw new IllegalArgumentException("dataset not found: " + r.dataset());
    }
    if (r.predictions() != null && !Files.exists(r.predictions())) {
      throw new IllegalArgumentException("predictions not found: " + r.predictions());
    }
    return switch (r.task()) {
      case A2KB, D2KB -> new LinkingTask(systems).run(r);
      case PII -> new PiiTask(systems).run(r);
      case RANK -> new RankTask(systems).run(r);
      case RETRIEVAL -> new RetrievalTask(systems).run(r);
      case NIL -> new NilTask().run(r);
    };
  }
}
