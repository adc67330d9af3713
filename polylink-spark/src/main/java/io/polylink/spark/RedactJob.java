package io.polylink.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.model.Document;
import io.polylink.redact.RedactedDocument;
import io.polylink.redact.Redactor;
import java.io.IOException;
import java.io.StringWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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
    return Jobs.mapAndWrite(spark, io, () -> PerJvm.redactor(settings), RedactJob::redact, RESULT,
        new String[] {"id", "text", "report"}, "redact");
  }

  /** The row of one input document, redacted with the executor's shared redactor. */
  static Row redact(Redactor redactor, Row in) {
    String id = Documents.id(in);
    try {
      Document d = Documents.of(in);
      RedactedDocument r = redactor.redact(id, d.text(), d.language().isUndetermined() ? "" : d.language().code());
      return RowFactory.create(id, r.text(), report(r), null);
    } catch (RuntimeException | IOException | StackOverflowError e) {
      return RowFactory.create(id, null, null, Documents.oneLine(e)); // fail closed: no text
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
