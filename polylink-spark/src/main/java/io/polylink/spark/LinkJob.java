package io.polylink.spark;

import static org.apache.spark.sql.functions.col;

import io.polylink.link.Linker;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

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
    Dataset<Row> input = Corpus.read(spark, io.input(), io.inputFormat());
    LongAccumulator done = spark.sparkContext().longAccumulator("documents");
    Dataset<Row> result = input.mapPartitions(new LinkPartition(settings, done), Encoders.row(RESULT));
    return Jobs.write(spark, result, col("error").isNull(), new String[] {"id", "text", "language", "mentions"}, io,
        done, "link");
  }

  /** Links one partition with the executor's shared linker. */
  static final class LinkPartition extends CountingPartition<Linker> {
    private static final long serialVersionUID = 1L;
    private final PerJvm.LinkSettings settings;

    LinkPartition(PerJvm.LinkSettings settings, LongAccumulator done) {
      super(done);
      this.settings = settings;
    }

    @Override
    Linker worker() {
      return PerJvm.linker(settings);
    }

    @Override
    Row map(Linker linker, Row in) {
      try {
        return row(Documents.id(in), linker.link(Documents.of(in)));
      } catch (RuntimeException | StackOverflowError e) {
        return RowFactory.create(Documents.id(in), null, null, null, Documents.oneLine(e));
      }
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
