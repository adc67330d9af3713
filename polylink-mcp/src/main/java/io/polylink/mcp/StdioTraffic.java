package io.polylink.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * Watches the stdio transport's lines: how many requests came in (messages with a method and an id) and how many
 * messages went out, and when input ended. A host may write its requests and close standard input at once
 * ({@code echo ... | polylink mcp}); the server must answer them all before it closes, not drop the calls in flight.
 */
final class StdioTraffic {
  private final Object lock = new Object();
  private final InputStream in;
  private final OutputStream out;
  private long requests;
  private long written;
  private boolean ended;
  private final Duration drainTime;

  /** @param drainTime how long, after input ends, the requests read before still get their answers */
  StdioTraffic(InputStream rawIn, OutputStream rawOut, Duration drainTime) {
    this.drainTime = drainTime;
    this.in = new FilterInputStream(rawIn) {
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();

      @Override
      public int read() throws IOException {
        int b = super.read();
        seen(b < 0 ? null : new byte[] {(byte) b}, 0, b < 0 ? -1 : 1);
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        seen(buf, off, n);
        return n;
      }

      @Override
      public int available() {
        return 0; // the transport must block in read(), where the end of input waits for the answers
      }

      private void seen(byte[] buf, int off, int n) {
        if (n < 0) {
          request(line.toByteArray());
          line.reset();
          // the SDK's transport closes the session when input ends, dropping calls in flight: it sees the end
          // only once every request read has been answered (or the drain time has passed)
          drain();
          return;
        }
        for (int i = off; i < off + n; i++) {
          if (buf[i] == '\n') {
            request(line.toByteArray());
            line.reset();
          } else {
            line.write(buf[i]);
          }
        }
      }
    };
    this.out = new FilterOutputStream(rawOut) {
      @Override
      public void write(int b) throws IOException {
        super.out.write(b);
        if (b == '\n') {
          wrote();
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        super.out.write(b, off, len);
        for (int i = off; i < off + len; i++) {
          if (b[i] == '\n') {
            wrote();
          }
        }
      }
    };
  }

  InputStream in() {
    return in;
  }

  OutputStream out() {
    return out;
  }

  private void request(byte[] line) {
    if (line.length == 0) {
      return;
    }
    try {
      JsonNode n = PolylinkTools.JSON.readTree(line);
      if (n != null && n.isObject() && n.has("method") && n.has("id")) {
        synchronized (lock) {
          requests++;
        }
      }
    } catch (IOException e) {
      // not JSON: the transport answers it (or not) on its own; nothing to wait for
    }
  }

  private void wrote() {
    synchronized (lock) {
      written++;
      lock.notifyAll();
    }
  }

  private void drain() {
    synchronized (lock) {
      long until = System.nanoTime() + drainTime.toNanos();
      try {
        while (written < requests && System.nanoTime() < until) {
          lock.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ended = true;
      lock.notifyAll();
    }
  }

  /** Blocks until input has ended and every request read before its end has had a message back. */
  void awaitEnd() throws InterruptedException {
    synchronized (lock) {
      while (!ended) {
        lock.wait();
      }
    }
  }
}
