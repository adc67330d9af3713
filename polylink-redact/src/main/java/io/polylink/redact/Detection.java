package io.polylink.redact;

/**
 * One piece of personal data found in a text by a recognizer. Offsets are UTF-16 indexes into the Java string the
 * recognizer was given (reports convert them to code points at the boundary).
 *
 * @param type the PII type ({@code PERSON}, {@code EMAIL_ADDRESS}, a type a trained model learned, ...)
 * @param start UTF-16 start, inclusive, &gt;= 0
 * @param end UTF-16 end, exclusive, &gt; start
 * @param score confidence in [0, 1]
 * @param recognizer the name of the recognizer that found it
 */
public record Detection(String type, int start, int end, double score, String recognizer) {

  public Detection {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("detection needs a type, got '" + type + "'");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("detection span must satisfy 0 <= start < end, got [" + start + ", " + end
          + ") for " + type);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("detection score must be in [0,1], got " + score + " for " + type);
    }
    if (recognizer == null) {
      recognizer = "";
    }
  }

  /** Length in UTF-16 chars. */
  public int length() {
    return end - start;
  }

  /** True when the two detections share at least one char. */
  public boolean overlaps(Detection o) {
    return start < o.end && o.start < end;
  }

  /** True when {@code o} lies inside this detection. */
  public boolean contains(Detection o) {
    return start <= o.start && o.end <= end;
  }

  /** The same detection with another score (clamped to [0, 1]). */
  public Detection withScore(double s) {
    return new Detection(type, start, end, Math.max(0, Math.min(1, s)), recognizer);
  }
}
