package io.polylink.kb.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so that a line can go straight to Jackson's byte parser.
 * Lines are views into an internal buffer valid until the next {@link #next()}; the buffer grows to the longest line,
 * so memory is bounded by it. Line terminators ({@code \n}, {@code \r\n}) are stripped; a UTF-8 byte order mark at the
 * start is dropped.
 */
final class LineReader implements Closeable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private final InputStream in;
  private final String file;
  private byte[] buf = new byte[1 << 16];
  private int pos; // start of unconsumed data
  private int limit; // end of valid data
  private boolean eof;
  private long lineNumber;
  private int start;
  private int length;
  private boolean nonAscii;

  LineReader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    int scan = pos;
    boolean high = false;
    while (true) {
      byte[] b = buf;
      int lim = limit;
      int i = scan;
      int newline = -1;
      // Eight bytes at a time: find the first '\n' and note whether any byte has its high bit set. A flag raised by
      // bytes past the newline only costs a needless UTF-8 check of an ASCII line.
      while (i + 8 <= lim) {
        long w = (long) LONGS.get(b, i);
        long x = w ^ NEWLINES;
        long zero = (x - ONES) & ~x & HIGHS;
        high |= (w & HIGHS) != 0;
        if (zero != 0) {
          newline = i + (Long.numberOfTrailingZeros(zero) >>> 3);
          break;
        }
        i += 8;
      }
      if (newline < 0) {
        for (; i < lim; i++) {
          byte c = b[i];
          if (c == '\n') {
            newline = i;
            break;
          }
          high |= c < 0;
        }
      }
      if (newline >= 0) {
        setLine(pos, newline, high);
        pos = newline + 1;
        return true;
      }
      if (eof) {
        if (pos < limit) {
          setLine(pos, limit, high);
          pos = limit;
          return true;
        }
        return false;
      }
      scan = fill();
    }
  }

  private void setLine(int from, int to, boolean high) {
    if (to > from && buf[to - 1] == '\r') {
      to--;
    }
    lineNumber++;
    if (lineNumber == 1 && to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB
        && buf[from + 2] == (byte) 0xBF) {
      from += 3;
    }
    start = from;
    length = to - from;
    nonAscii = high;
  }

  /** Reads more input, compacting or growing the buffer; returns the index where scanning resumes. */
  private int fill() throws IOException {
    int scanned = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, scanned);
      limit = scanned;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return scanned;
  }

  /** The buffer holding the current line. */
  byte[] buffer() {
    return buf;
  }

  /** Offset of the current line in {@link #buffer()}. */
  int start() {
    return start;
  }

  /** Length in bytes of the current line, without its terminator. */
  int length() {
    return length;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** The file name used in messages. */
  String file() {
    return file;
  }

  /** True when the current line has only spaces and tabs. */
  boolean isBlank() {
    for (int i = start, end = start + length; i < end; i++) {
      byte c = buf[i];
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the current line is well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF, the
   * same rules as a {@code CodingErrorAction.REPORT} decoder) and returns the offset within the line of the first bad
   * byte, or -1 when it is valid. Pure ASCII lines cost nothing, which is most of them.
   */
  int invalidUtf8At() {
    if (!nonAscii) {
      return -1;
    }
    return Utf8.firstInvalid(buf, start, start + length);
  }

  /** The current line decoded; call only after {@link #invalidUtf8At()} returned -1. */
  String text() {
    return new String(buf, start, length, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Strict UTF-8 validation on bytes. */
  static final class Utf8 {
    private Utf8() {}

    /** Offset relative to {@code from} of the first byte of an invalid sequence, or -1. */
    static int firstInvalid(byte[] b, int from, int to) {
      int i = from;
      while (i < to) {
        if (i + 8 <= to && ((long) LONGS.get(b, i) & HIGHS) == 0) {
          i += 8; // eight ASCII bytes
          continue;
        }
        int c = b[i] & 0xff;
        if (c < 0x80) {
          i++;
          continue;
        }
        int need;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
          min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          min = 0x10000;
        } else {
          return i - from;
        }
        if (i + need >= to) {
          return i - from; // the line ends inside the sequence
        }
        int cp = c & (0x3F >> need);
        for (int k = 1; k <= need; k++) {
          int cc = b[i + k] & 0xff;
          if ((cc & 0xC0) != 0x80) {
            return i - from;
          }
          cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return i - from;
        }
        i += need + 1;
      }
      return -1;
    }
  }
}
