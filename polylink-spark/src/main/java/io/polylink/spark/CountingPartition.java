package io.polylink.spark;

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
abstract class CountingPartition<W> implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final LongAccumulator done;

  CountingPartition(LongAccumulator done) {
    this.done = done;
  }

  /** The executor's worker. */
  abstract W worker();

  /** The output row of {@code in}; a failure becomes a row with an error, never an exception. */
  abstract Row map(W worker, Row in);

  @Override
  public final Iterator<Row> call(Iterator<Row> rows) {
    W worker = worker();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row in = rows.next();
        done.add(1);
        return map(worker, in);
      }
    };
  }
}
