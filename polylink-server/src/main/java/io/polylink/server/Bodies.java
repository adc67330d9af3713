package io.polylink.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request bodies read safely: at most the configured size (413 past it, before reading when Content-Length says
 * so), strictly UTF-8 (400 naming the byte offset of the first bad byte), with the content type checked (415).
 */
final class Bodies {

  private final long maxBytes;

  Bodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The media type of the request, lower case, without parameters; "" when absent. */
  static String mediaType(Context ctx) {
    String ct = ctx.header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** Fails with 415 unless the request's media type is one of {@code allowed}; returns the one it is. */
  static String requireType(Context ctx, List<String> allowed) {
    String type = mediaType(ctx);
    if (!allowed.contains(type)) {
      throw Problem.unsupportedMediaType("Content-Type " + (type.isEmpty() ? "is missing" : "'" + type + "' is not accepted")
          + " here; send " + String.join(" or ", allowed));
    }
    String charset = charset(ctx);
    if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
      throw Problem.unsupportedMediaType("charset '" + charset + "' is not accepted; send UTF-8");
    }
    return type;
  }

  private static String charset(Context ctx) {
    String ct = ctx.header("Content-Type");
    if (ct == null) {
      return null;
    }
    for (String part : ct.split(";")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }

  /**
   * Past the limit, up to this many further bytes are read and thrown away before the 413 goes out: a client still
   * sending its body would otherwise see the connection reset instead of the answer (Jetty closes a connection whose
   * request content was not consumed). Anything larger than this is cut off with the connection.
   */
  private long drainCap() {
    return Math.max(4 * maxBytes, 1L << 20);
  }

  /** The body's bytes, at most {@code maxBytes}. */
  byte[] bytes(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > maxBytes) {
        if (declared <= drainCap()) {
          drain(in, declared);
        }
        throw tooLarge(declared);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, 1 << 20)));
      byte[] buf = new byte[16384];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          drain(in, drainCap());
          throw tooLarge(-1);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw Problem.badRequest("the request body could not be read: " + e.getMessage());
    }
  }

  /** Reads and discards at most {@code limit} bytes; a read error ends it quietly (the answer is a 413 anyway). */
  private static void drain(InputStream in, long limit) {
    byte[] buf = new byte[16384];
    long seen = 0;
    try {
      int n;
      while (seen < limit && (n = in.read(buf)) > 0) {
        seen += n;
      }
    } catch (IOException ignored) {
      // the client went away; the 413 still goes out if the connection allows it
    }
  }

  private Problem tooLarge(long declared) {
    return Problem.tooLarge("the request body " + (declared >= 0 ? "of " + declared + " bytes " : "")
        + "exceeds the limit of " + maxBytes + " bytes; send less text per request (or start the server with a larger --max-body)");
  }

  /** The body as text: strictly UTF-8, a leading byte-order mark dropped. */
  String text(Context ctx) {
    return utf8(bytes(ctx), "request body");
  }

  /** Decodes strict UTF-8; a malformed sequence is a 400 naming its byte offset. */
  static String utf8(byte[] bytes, String what) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw Problem.badRequest("the " + what + " is not valid UTF-8 (bad byte at offset " + in.position() + ")");
    }
    d.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text: percent escapes are UTF-8 bytes, decoded strictly; the
   * first value of a repeated name wins.
   */
  static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
      out.putIfAbsent(name, value);
    }
    return out;
  }

  private static String percentDecode(String s) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        b.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
          throw Problem.badRequest("malformed percent escape in the form body near '"
              + s.substring(i, Math.min(s.length(), i + 3)) + "'");
        }
        b.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          raw = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        b.write(raw, 0, raw.length);
      }
    }
    return utf8(b.toByteArray(), "form body");
  }
}
