package io.polylink.eval;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * One evaluation run, as {@code polylink eval} takes it.
 *
 * @param task a2kb, d2kb, rank, retrieval, nil or pii
 * @param format dataset format: nif, elevant, hipe, pprforned, melo, brat or presidio
 * @param dataset the dataset file or folder
 * @param kb the KB for Polylink as the system: a KB folder or a source file to build one from (cached); null for the
 *     starter KB, or, for rank and retrieval, the KB built from the dataset itself
 * @param predictions stored predictions to score instead of running Polylink, may be null
 * @param predictionsFormat elevant, nif or jsonl (null: same as the dataset when it can hold predictions, else jsonl)
 * @param train training data (nil on HIPE: its entities are the KB), may be null
 * @param baseline a built-in baseline instead of Polylink: {@code prior} for rank; {@code regex} (recognizers only) or
 *     {@code regex+polylink} (plus PER/LOC/ORG from Polylink's links on {@code kb}) for pii; may be null
 */
public record EvalRequest(String task, String format, Path dataset, Path kb, Path predictions,
    String predictionsFormat, Path train, String baseline) {

  /** The tasks. */
  public static final Set<String> TASKS = Set.of("a2kb", "d2kb", "rank", "retrieval", "nil", "pii");
  /** The dataset formats. */
  public static final Set<String> FORMATS = Set.of("nif", "elevant", "hipe", "pprforned", "melo", "brat", "presidio");
  /** The prediction formats. */
  public static final Set<String> PREDICTION_FORMATS = Set.of("elevant", "nif", "jsonl");

  public EvalRequest {
    task = lower(task);
    format = lower(format);
    if (!TASKS.contains(task)) {
      throw new IllegalArgumentException("unknown task '" + task + "', expected one of " + sorted(TASKS));
    }
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException("unknown format '" + format + "', expected one of " + sorted(FORMATS));
    }
    if (dataset == null) {
      throw new IllegalArgumentException("a dataset path is required");
    }
    if (predictionsFormat == null) {
      predictionsFormat = format.equals("elevant") || format.equals("nif") ? format : "jsonl";
    }
    predictionsFormat = lower(predictionsFormat);
    if (!PREDICTION_FORMATS.contains(predictionsFormat)) {
      throw new IllegalArgumentException("unknown predictions format '" + predictionsFormat + "', expected one of "
          + sorted(PREDICTION_FORMATS));
    }
    if (task.equals("nil") && train == null) {
      throw new IllegalArgumentException("task nil needs --train (its entities are the KB)");
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String sorted(Set<String> s) {
    return String.join("|", new java.util.TreeSet<>(s));
  }
}
