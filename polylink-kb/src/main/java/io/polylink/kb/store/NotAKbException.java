package io.polylink.kb.store;

import java.io.IOException;
import java.nio.file.Path;

/** The given directory is not a Polylink KB (or not a readable one). */
public final class NotAKbException extends IOException {
  public NotAKbException(Path dir, String reason) {
    super("not a Polylink KB: " + dir + ": " + reason);
  }
}
