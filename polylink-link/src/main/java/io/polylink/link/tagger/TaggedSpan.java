package io.polylink.link.tagger;

/**
 * A span a {@link SequenceTagger} found, or one a training text annotates.
 *
 * @param type the type learned from the annotations ({@code pers}, {@code PERSON}, ...)
 * @param start UTF-16 start, inclusive, &gt;= 0
 * @param end UTF-16 end, exclusive, &gt; start
 */
public record TaggedSpan(String type, int start, int end) {

  public TaggedSpan {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("tagged span needs a type, got '" + type + "'");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("tagged span must satisfy 0 <= start < end, got [" + start + ", " + end
          + ") for " + type);
    }
  }
}
