package io.polylink.redact.operate;

/**
 * Turns one detected value into what the sanitized text shows instead. Implementations are immutable and
 * thread-safe; one that fails throws, and the redactor then emits nothing of that document.
 */
public interface Operator {

  /** The operator's name in policies and reports ({@code replace}, {@code mask}, ...). */
  String name();

  /**
   * The replacement text for {@code value}.
   *
   * @param value the detected text
   * @param type its PII type
   * @param context the document it is in
   */
  String apply(String value, String type, OperatorContext context);

  /**
   * The original value of {@code replacement} when this operator can give it back (encryption can; replacing,
   * masking, hashing and pseudonyms cannot), or empty: also when {@code replacement} is not one of its outputs.
   */
  default java.util.Optional<String> reverse(String replacement) {
    return java.util.Optional.empty();
  }

  /** Whether {@link #reverse} can give values back at all. */
  default boolean reversible() {
    return false;
  }
}
