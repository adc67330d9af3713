package io.polylink.server;

import java.io.Writer;
import java.util.concurrent.CancellationException;

/**
 * Where an answer is written before it is sent: it counts the UTF-8 bytes and fails with 413 past the response cap
 * (a few MB of text can make a 90 MB answer), and every 64 KiB it checks the request's deadline (503) and whether its
 * worker was interrupted, so writing a large answer is bounded like the linking before it.
 */
final class AnswerWriter extends Writer {

  private static final int CHECK_EVERY = 1 << 16;

  private final StringBuilder sb = new StringBuilder(8192);
  private final long maxBytes;
  private final Deadline deadline;
  private long bytes;
  private long nextCheck = CHECK_EVERY;

  AnswerWriter(long maxBytes, Deadline deadline) {
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      count(cbuf[i]);
    }
    sb.append(cbuf, off, len);
    checked();
  }

  @Override
  public void write(String s, int off, int len) {
    for (int i = off; i < off + len; i++) {
      count(s.charAt(i));
    }
    sb.append(s, off, off + len);
    checked();
  }

  @Override
  public void write(int c) {
    count((char) c);
    sb.append((char) c);
    checked();
  }

  @Override
  public Writer append(CharSequence csq) {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  private void count(char c) {
    // a surrogate pair is 4 UTF-8 bytes: 2 per half
    bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
  }

  private void checked() {
    if (bytes > maxBytes) {
      throw Problem.tooLarge("the answer would exceed the server's limit of " + maxBytes + " bytes per response; "
          + "send less text per request (or start the server with a larger --max-response)");
    }
    if (bytes >= nextCheck) {
      nextCheck = bytes + CHECK_EVERY;
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("writing the answer was cancelled: the worker was interrupted");
      }
      if (deadline != null) {
        deadline.check();
      }
    }
  }

  long bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
