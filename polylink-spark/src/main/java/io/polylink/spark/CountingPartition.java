package io.polylink.spark;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * One partition mapped row by row with a worker the executor shares (a linker, a redactor): the worker is taken
 * before the first row, so that one that cannot open (a missing KB) fails the job, and each row read counts in
 * {@code done}, which the progress line reads.
 *
 * @param <W> the worker
 */
final class CountingPartition<W> implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The executor's worker. */
  interface Worker<W> extends Serializable {
    W get();
  }

  /** The output row of {@code in}; a failure becomes a row with an error, never an exception. */
  interface RowMapper<W> extends Serializable {
    Row map(W worker, Row in);
  }

  private final LongAccumulator done;
  private final Worker<W> worker;
  private final RowMapper<W> mapper;

  CountingPartition(LongAccumulator done, Worker<W> worker, RowMapper<W> mapper) {
    this.done = done;
    this.worker = worker;
    this.mapper = mapper;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    W w = worker.get();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row in = rows.next();
        done.add(1);
        return mapper.map(w, in);
      }
    };
  }
}
