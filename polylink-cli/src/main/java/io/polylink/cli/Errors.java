package io.polylink.cli;

import io.polylink.kb.source.JsonErrors;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages users see. */
final class Errors {
  private Errors() {}

  static String oneLine(Throwable t) {
    Throwable e = t;
    while ((e instanceof UncheckedIOException || e.getClass() == RuntimeException.class) && e.getCause() != null) {
      e = e.getCause();
    }
    String msg;
    if (e instanceof NoSuchFileException nf) {
      msg = "no such file: " + nf.getFile();
    } else if (e instanceof AccessDeniedException ad) {
      msg = "permission denied: " + ad.getFile();
    } else if (e instanceof FileNotFoundException fnf) {
      msg = "cannot open " + fnf.getMessage();
    } else if (e instanceof CharacterCodingException) {
      msg = "input is not valid UTF-8";
    } else if (e instanceof OutOfMemoryError) {
      msg = "out of memory; give the JVM more heap (JAVA_OPTS=-Xmx...) or use smaller inputs";
    } else {
      msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    msg = msg.replace('\n', ' ').strip();
    // a message that quotes Jackson's internals (a policy or input file that is not JSON) is reworded
    return JsonErrors.quotesInternals(msg) ? JsonErrors.scrub(msg) : msg;
  }
}
