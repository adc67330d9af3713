package io.polylink.kb.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Opens a file as a buffered byte stream, decompressing gzip or bzip2 when its magic bytes say so (the extension is
 * not trusted: dumps get renamed). Decompression errors, such as a download cut short, surface as a
 * {@link SourceException} naming the file instead of a bare {@link EOFException}.
 */
public final class CompressedInput {

  /** The compression a file uses, as detected from its first bytes. */
  public enum Format {
    PLAIN,
    GZIP,
    BZIP2
  }

  private static final int BUFFER = 1 << 16;

  private CompressedInput() {}

  /**
   * Opens {@code path} for reading, transparently decompressing gzip (all members) and bzip2 (all streams, as in
   * Wikidata's multi-stream dumps).
   *
   * @throws SourceException when the file is missing, is a directory, or its compressed data is truncated or corrupt
   * @throws IOException when the file cannot be read
   */
  public static InputStream open(Path path) throws IOException {
    checkReadable(path);
    String file = path.toString();
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER);
    try {
      Format format = detect(raw);
      return switch (format) {
        case PLAIN -> raw;
        case GZIP -> new BufferedInputStream(new Guarded(new GZIPInputStream(raw, BUFFER), file, "gzip"), BUFFER);
        case BZIP2 -> new BufferedInputStream(new Guarded(new BZip2CompressorInputStream(raw, true), file, "bzip2"), BUFFER);
      };
    } catch (IOException e) {
      raw.close();
      if (e instanceof SourceException) {
        throw e;
      }
      throw new SourceException(file, 0, "truncated or corrupt compressed file: " + e.getMessage(), e);
    }
  }

  /** The compression of {@code path} by its magic bytes. */
  public static Format formatOf(Path path) throws IOException {
    checkReadable(path);
    try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 16)) {
      return detect(in);
    }
  }

  /** Throws a {@link SourceException} when {@code path} is not an existing regular file. */
  static void checkReadable(Path path) throws SourceException {
    if (path == null) {
      throw new IllegalArgumentException("input path must not be null");
    }
    if (Files.isDirectory(path)) {
      throw new SourceException(path.toString(), 0, "is a directory, expected a file");
    }
    if (!Files.exists(path)) {
      throw new SourceException(path.toString(), 0, "no such file", new NoSuchFileException(path.toString()));
    }
  }

  private static Format detect(BufferedInputStream in) throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return Format.GZIP;
    }
    if (b0 == 'B' && b1 == 'Z' && b2 == 'h') {
      return Format.BZIP2;
    }
    return Format.PLAIN;
  }

  /** Turns decompressor failures into a {@link SourceException} that names the file. */
  private static final class Guarded extends FilterInputStream {
    private final String file;
    private final String format;

    Guarded(InputStream in, String file, String format) {
      super(in);
      this.file = file;
      this.format = format;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw wrap(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw wrap(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return super.skip(n);
      } catch (IOException e) {
        throw wrap(e);
      }
    }

    private SourceException wrap(IOException e) {
      if (e instanceof SourceException se) {
        return se;
      }
      return new SourceException(file, 0, "truncated or corrupt " + format + " data (" + e.getMessage() + ")", e);
    }
  }
}
