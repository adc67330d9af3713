package io.polylink.redact;

import java.util.List;
import java.util.Set;

/**
 * Finds one or more PII types in a text. Implementations are immutable and thread-safe; a recognizer that cannot
 * process a text throws, and the redactor then emits nothing of that document (fail closed).
 */
public interface Recognizer {

  /** A short name for reports and errors ({@code email}, {@code phone}, {@code linker}). */
  String name();

  /**
   * The types it can find. A policy naming a type that no recognizer in use declares is refused (a misspelled type
   * would otherwise redact nothing), so a custom recognizer declares its types here.
   */
  default Set<String> types() {
    return Set.of();
  }

  /**
   * The languages it is built for, as primary ISO 639-1 codes ({@code en}, {@code fr}); empty (the default) when the
   * format does not depend on the language (e-mail, IBAN, cards, IPs, URLs, the linker's multilingual KB). The
   * redactor never runs a recognizer on a document whose language is known and not among these.
   */
  default Set<String> languages() {
    return Set.of();
  }

  /**
   * Adds what it finds in {@code text} to {@code out}; offsets are UTF-16 indexes.
   *
   * @param language the document's language code ({@code en}, {@code es}) or "" when unknown
   */
  void recognize(String text, String language, List<Detection> out);
}
