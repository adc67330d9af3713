package io.polylink.spark;

import io.polylink.link.Linker;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code polylink spark link}: links every document of a corpus. Output rows carry the fields of
 * {@code polylink link --format json} ({@code id, text, language, mentions[start, end, surface, id, label, score, nil,
 * type]}, offsets in code points, mention id null for NIL); a document that fails goes, with its id and a one-line
 * error, to the errors output instead.
 */
public final class LinkJob {

  /** A mention, as {@code polylink link --format json} writes it. */
  public static final StructType MENTION = new StructType()
      .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType).add("id", DataTypes.StringType).add("label", DataTypes.StringType)
      .add("score", DataTypes.DoubleType, false).add("nil", DataTypes.BooleanType, false)
      .add("type", DataTypes.StringType);

  /** A linked document, plus {@code error} while output and errors are one dataset. */
  static final StructType RESULT = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
      .add("language", DataTypes.StringType).add("mentions", DataTypes.createArrayType(MENTION, false))
      .add("error", DataTypes.StringType);

  private LinkJob() {}

  /**
   * Runs the job: reads the corpus, links it, writes the output and the errors.
   *
   * @return the number of documents linked and failed
   */
  public static Jobs.Summary run(SparkSession spark, Jobs.Io io, PerJvm.LinkSettings settings) {
    return Jobs.mapAndWrite(spark, io, () -> PerJvm.linker(settings), LinkJob::link, RESULT,
        new String[] {"id", "text", "language", "mentions"}, "link");
  }

  /** The row of one input document, linked with the executor's shared linker. */
  static Row link(Linker linker, Row in) {
    try {
      return row(Documents.id(in), linker.link(Documents.of(in)));
    } catch (RuntimeException | StackOverflowError e) {
      return RowFactory.create(Documents.id(in), null, null, null, Documents.oneLine(e));
    }
  }

  static Row row(String id, LinkedDocument doc) {
    List<Row> mentions = new ArrayList<>(doc.links().size());
    for (Link l : doc.links()) {
      mentions.add(RowFactory.create(l.span().start(), l.span().end(), l.mention().surface(),
          l.isNil() ? null : l.entity().value(), l.label(), l.score(), l.isNil(), l.type().code()));
    }
    return RowFactory.create(id, doc.document().text(), doc.document().language().code(), Jobs.seq(mentions), null);
  }
}
