package io.polylink.model;

/**
 * A half-open range [start, end) of a text. In every external format and in this model offsets count Unicode code
 * points, not UTF-16 chars; {@link TextOffsets} converts at the boundary.
 *
 * @param start first code point, inclusive, &gt;= 0
 * @param end last code point, exclusive, &gt; start
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
