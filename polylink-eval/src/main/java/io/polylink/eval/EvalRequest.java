package io.polylink.eval;

import java.nio.file.Path;

/**
 * One evaluation run, as {@code polylink eval} takes it. Make one with {@link #builder(Task, Format, Path)}.
 *
 * @param task what is scored
 * @param format the dataset's format
 * @param dataset the dataset file or folder
 * @param kb the KB for Polylink as the system: a KB folder or a source file to build one from (cached); null for the
 *     starter KB, or, for rank and retrieval, the KB built from the dataset itself
 * @param predictions stored predictions to score instead of running Polylink, may be null
 * @param predictionsFormat the format of {@code predictions} (null: the dataset's when it can hold predictions, else
 *     jsonl)
 * @param train training data (nil on HIPE: its entities are the KB), may be null
 * @param baseline a built-in baseline instead of Polylink: {@code prior} or {@code linker} for rank,
 *     {@code string-clusters} for nil, {@code regex} (recognizers only) or {@code regex+polylink} (plus PER/LOC/ORG
 *     from Polylink's links on {@code kb}) for pii; may be null
 * @param model pii: a tagger model trained with {@code redact train} for the redactor, may be null
 * @param policy pii: a redaction policy file (.yaml, .json) for the redactor, may be null
 * @param mentionsTrain a2kb: annotated files, in the dataset's format, to train Polylink's learned mention detector on
 *     before the run (deterministic; see {@code MentionTraining}); empty for none
 * @param mentionsModel a2kb: a mention detector model file ({@code polylink train-mentions}) for Polylink, may be null
 */
public record EvalRequest(Task task, Format format, Path dataset, Path kb, Path predictions,
    PredictionsFormat predictionsFormat, Path train, String baseline, Path model, Path policy,
    java.util.List<Path> mentionsTrain, Path mentionsModel) {

  public EvalRequest {
    if (task == null) {
      throw new IllegalArgumentException("a task is required, one of " + Codes.all(Task.class));
    }
    if (format == null) {
      throw new IllegalArgumentException("a format is required, one of " + Codes.all(Format.class));
    }
    if (dataset == null) {
      throw new IllegalArgumentException("a dataset path is required");
    }
    if (predictionsFormat == null) {
      predictionsFormat = PredictionsFormat.defaultFor(format);
    }
    if (task == Task.NIL && train == null) {
      throw new IllegalArgumentException("task nil needs --train (its entities are the KB)");
    }
    mentionsTrain = mentionsTrain == null ? java.util.List.of() : java.util.List.copyOf(mentionsTrain);
    if (!mentionsTrain.isEmpty() && mentionsModel != null) {
      throw new IllegalArgumentException("give a mention detector either to train (--mentions-train) or trained "
          + "(--mentions-model), not both");
    }
    if (task != Task.A2KB && (!mentionsTrain.isEmpty() || mentionsModel != null)) {
      throw new IllegalArgumentException("a mention detector applies to task a2kb only, not " + task.code());
    }
    if (task != Task.PII && (model != null || policy != null)) {
      throw new IllegalArgumentException("a redactor " + (model != null ? "model" : "policy")
          + " applies to task pii only, not " + task.code());
    }
  }

  /**
   * The request as the command line names it (case ignored); an unknown task or format is an
   * IllegalArgumentException naming it. Prefer {@link #builder(Task, Format, Path)}.
   */
  public EvalRequest(String task, String format, Path dataset, Path kb, Path predictions, String predictionsFormat,
      Path train, String baseline) {
    this(Task.of(task), Format.of(format), dataset, kb, predictions,
        predictionsFormat == null ? null : PredictionsFormat.of(predictionsFormat), train, baseline, null, null,
        java.util.List.of(), null);
  }

  /** Whether Polylink runs with a learned mention detector (trained for the run, or a model file). */
  public boolean hasMentionDetector() {
    return !mentionsTrain.isEmpty() || mentionsModel != null;
  }

  /** A builder for a request on {@code dataset}; every other part is optional. */
  public static Builder builder(Task task, Format format, Path dataset) {
    return new Builder(task, format, dataset);
  }

  /** Builds an {@link EvalRequest}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final Task task;
    private final Format format;
    private final Path dataset;
    private Path kb;
    private Path predictions;
    private PredictionsFormat predictionsFormat;
    private Path train;
    private String baseline;
    private Path model;
    private Path policy;
    private java.util.List<Path> mentionsTrain = java.util.List.of();
    private Path mentionsModel;

    private Builder(Task task, Format format, Path dataset) {
      this.task = task;
      this.format = format;
      this.dataset = dataset;
    }

    /** The KB for Polylink (a folder or a source file); null: the default. */
    public Builder kb(Path kb) {
      this.kb = kb;
      return this;
    }

    /** Stored predictions to score, in {@code format} (null: the dataset format's default). */
    public Builder predictions(Path predictions, PredictionsFormat format) {
      this.predictions = predictions;
      this.predictionsFormat = format;
      return this;
    }

    /** Training data (task nil). */
    public Builder train(Path train) {
      this.train = train;
      return this;
    }

    /** A built-in baseline instead of Polylink. */
    public Builder baseline(String baseline) {
      this.baseline = baseline;
      return this;
    }

    /** Task pii: the redactor's tagger model file. */
    public Builder model(Path model) {
      this.model = model;
      return this;
    }

    /** Task pii: the redactor's policy file. */
    public Builder policy(Path policy) {
      this.policy = policy;
      return this;
    }

    /** Task a2kb: annotated files (the dataset's format) to train the learned mention detector on; empty: none. */
    public Builder mentionsTrain(java.util.List<Path> files) {
      this.mentionsTrain = files == null ? java.util.List.of() : files;
      return this;
    }

    /** Task a2kb: a mention detector model file ({@code polylink train-mentions}); null: none. */
    public Builder mentionsModel(Path model) {
      this.mentionsModel = model;
      return this;
    }

    /** The request; an invalid combination is an IllegalArgumentException naming it. */
    public EvalRequest build() {
      return new EvalRequest(task, format, dataset, kb, predictions, predictionsFormat, train, baseline, model,
          policy, mentionsTrain, mentionsModel);
    }
  }
}
