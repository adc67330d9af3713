package io.polylink.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.discover.Discoverer;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.discover.NilMention;
import io.polylink.discover.Proposal;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * {@code polylink spark discover}: the executors link the corpus and keep its NIL mentions (the costly part, in
 * parallel); the reduce step gathers them on the driver in (document id, offset) order, so the result does not depend
 * on how the corpus was partitioned, and clusters them with one {@link Discoverer}, as {@code polylink discover} does.
 * Output: the proposals, one JSON line each ({@code part-*.txt}); errors: documents that failed.
 */
public final class DiscoverJob {
  static final StructType NIL = new StructType().add("docId", DataTypes.StringType)
      .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType).add("surface", DataTypes.StringType)
      .add("key", DataTypes.StringType).add("language", DataTypes.StringType).add("typeGuess", DataTypes.StringType)
      .add("contextWords", DataTypes.createArrayType(DataTypes.StringType)).add("snippet", DataTypes.StringType)
      .add("error", DataTypes.StringType);
  private static final ObjectMapper JSON = new ObjectMapper();

  private DiscoverJob() {}

  /** Runs the job. */
  public static Jobs.Summary run(SparkSession spark, Jobs.Io io, String kb, Double threshold, Integer minMentions) {
    long start = System.nanoTime();
    DiscoveryConfig config = DiscoveryConfig.defaults();
    if (threshold != null) {
      config = config.withThreshold(threshold);
    }
    if (minMentions != null) {
      config = config.withMinMentions(minMentions);
    }
    PerJvm.LinkSettings settings = new PerJvm.LinkSettings(kb, null, true);
    Dataset<Row> input = Corpus.read(spark, io.input(), io.inputFormat());
    LongAccumulator done = spark.sparkContext().longAccumulator("documents");
    Dataset<Row> nil = input.flatMap(new NilMentions(settings, config.contextTokens(), done), Encoders.row(NIL))
        .persist(StorageLevel.MEMORY_AND_DISK());
    SaveMode mode = io.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    try (Progress p = Progress.start(spark, done, "discover", io.progress())) {
      Discoverer discoverer = Discoverer.create(config);
      Path driverKb = Path.of(kb);
      KnowledgeBase k = Files.isDirectory(driverKb) ? PerJvm.kb(kb) : null;
      if (k != null) { // proposal ids must not be ids the KB has
        discoverer.avoidIds(id -> {
          try {
            return k.entity(EntityId.of(id)).isPresent();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      Iterator<Row> ordered = nil.filter(col("error").isNull()).orderBy(col("docId"), col("start"), col("end"))
          .toLocalIterator();
      while (ordered.hasNext()) {
        discoverer.add(mention(ordered.next()));
      }
      List<String> lines = new ArrayList<>();
      for (Proposal prop : discoverer.proposals(false)) {
        lines.add(JSON.writeValueAsString(prop.toJson()));
      }
      spark.createDataset(lines, Encoders.STRING()).coalesce(1).write().mode(mode).text(io.output());
      Dataset<Row> errors = nil.filter(col("error").isNotNull()).select(col("docId").as("id"), col("error"));
      switch (io.format()) {
        case JSONL -> errors.write().mode(mode).json(io.errors());
        case PARQUET -> errors.write().mode(mode).parquet(io.errors());
      }
      long failed = errors.count();
      return new Jobs.Summary("discover", lines.size(), failed, (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      nil.unpersist();
    }
  }

  private static NilMention mention(Row r) {
    String type = r.getString(6);
    return new NilMention(r.getString(0), new Span(r.getInt(1), r.getInt(2)), r.getString(3), r.getString(4),
        r.getString(5), type == null ? null : EntityType.parse(type), r.getList(7), r.getString(8));
  }

  /** A document's NIL mentions, or its error. */
  static final class NilMentions implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final PerJvm.LinkSettings settings;
    private final int contextTokens;
    private final LongAccumulator done;

    NilMentions(PerJvm.LinkSettings settings, int contextTokens, LongAccumulator done) {
      this.settings = settings;
      this.contextTokens = contextTokens;
      this.done = done;
    }

    @Override
    public Iterator<Row> call(Row in) {
      Linker linker = PerJvm.linker(settings);
      done.add(1);
      String id = Documents.id(in);
      List<Row> out = new ArrayList<>();
      try {
        for (NilMention m : NilMention.of(linker.link(Documents.of(in)), contextTokens)) {
          out.add(RowFactory.create(id, m.span().start(), m.span().end(), m.surface(), m.key(), m.language(),
              m.typeGuess() == null ? null : m.typeGuess().code(), Jobs.seq(m.contextWords()), m.snippet(), null));
        }
      } catch (RuntimeException | StackOverflowError e) {
        out.clear();
        out.add(RowFactory.create(id, null, null, null, null, null, null, null, null, Documents.oneLine(e)));
      }
      return out.iterator();
    }
  }
}
