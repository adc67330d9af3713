package io.polylink.kb.starter;

/** Small helpers for display names read from ICU. */
final class Names {
  private Names() {}

  /** The name, or null when ICU merely echoed the code back because it has no name for it. */
  static String unlessCode(String name, String code) {
    return name == null || name.strip().equalsIgnoreCase(code) ? null : name;
  }
}
