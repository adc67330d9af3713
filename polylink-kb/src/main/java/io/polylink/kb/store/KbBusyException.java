package io.polylink.kb.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process or thread is writing the KB; only one writer at a time. */
public final class KbBusyException extends IOException {
  public KbBusyException(Path dir) {
    super("the KB " + dir + " is being written by another process (" + KbLayout.LOCK + " is held); try again when it is done");
  }

  KbBusyException(Path dir, String lockFile) {
    super("the KB " + dir + " is being written by another process (" + lockFile + " has been held for over "
        + LiveStore.LOCK_TIMEOUT_MS / 1000 + " s); try again when it is done");
  }
}
