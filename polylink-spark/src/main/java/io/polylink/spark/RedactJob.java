package io.polylink.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.model.Document;
import io.polylink.redact.RedactedDocument;
import io.polylink.redact.Redactor;
import java.io.IOException;
import java.io.StringWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * {@code polylink spark redact}: redacts every document of a corpus. Output rows: {@code id, text} (redacted) and
 * {@code report} (the document's report as JSON, as {@code polylink redact} writes it). Fail closed, per document: a
 * document the redactor fails on goes to the errors output with its id; no part of its text reaches the output.
 */
public final class RedactJob {
  static final StructType RESULT = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
      .add("report", DataTypes.StringType).add("error", DataTypes.StringType);
  private static final JsonFactory JSON = new JsonFactory();

  private RedactJob() {}

  /** Runs the job. */
  public static Jobs.Summary run(SparkSession spark, Jobs.Io io, PerJvm.RedactSettings settings) {
    Dataset<Row> input = Corpus.read(spark, io.input(), io.inputFormat());
    LongAccumulator done = spark.sparkContext().longAccumulator("documents");
    Dataset<Row> result = input.mapPartitions(new RedactPartition(settings, done), Encoders.row(RESULT));
    return Jobs.write(spark, result, col("error").isNull(), new String[] {"id", "text", "report"}, io, done,
        "redact");
  }

  /** Redacts one partition with the executor's shared redactor. */
  static final class RedactPartition extends CountingPartition<Redactor> {
    private static final long serialVersionUID = 1L;
    private final PerJvm.RedactSettings settings;

    RedactPartition(PerJvm.RedactSettings settings, LongAccumulator done) {
      super(done);
      this.settings = settings;
    }

    @Override
    Redactor worker() {
      return PerJvm.redactor(settings);
    }

    @Override
    Row map(Redactor redactor, Row in) {
      String id = Documents.id(in);
      try {
        Document d = Documents.of(in);
        RedactedDocument r = redactor.redact(id, d.text(), d.language().isUndetermined() ? "" : d.language().code());
        return RowFactory.create(id, r.text(), report(r), null);
      } catch (RuntimeException | IOException | StackOverflowError e) {
        return RowFactory.create(id, null, null, Documents.oneLine(e)); // fail closed: no text
      }
    }
  }

  private static String report(RedactedDocument r) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      Redactor.writeReport(g, r.report());
    }
    return w.toString();
  }
}
