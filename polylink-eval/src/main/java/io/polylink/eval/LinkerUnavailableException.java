package io.polylink.eval;

/** Raised when a request needs a system (the Polylink linker, the redactor) and none was plugged in. */
public final class LinkerUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The linker is missing. */
  public LinkerUnavailableException() {
    this("Polylink linker not available");
  }

  /** @param message which system is missing */
  public LinkerUnavailableException(String message) {
    super(message);
  }
}
