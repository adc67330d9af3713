package io.polylink.eval.elevant;

/** How ELEVANT files spell "no KB entity". */
public final class ElevantIds {

  /** A mention of an entity that is not in the KB. */
  public static final String NIL = "<NIL>";
  /** A gold entity that exists but could not be mapped to Wikidata; scored like NIL. */
  public static final String NO_MAPPING = "<NO_MAPPING>";

  private ElevantIds() {}

  /**
   * True for ids that stand for no known entity: null or blank, {@code <NIL>}, {@code <NO_MAPPING>}, and the
   * {@code Unknown...} ids of older ELEVANT files. Both gold and predictions are read this way; ELEVANT's stored results only reproduce
   * when a predicted {@code <NO_MAPPING>} is an unknown entity too.
   */
  public static boolean isUnknown(String id) {
    return id == null || id.isBlank() || NIL.equals(id) || NO_MAPPING.equals(id) || id.startsWith("Unknown");
  }
}
