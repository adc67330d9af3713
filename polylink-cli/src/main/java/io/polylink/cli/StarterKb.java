package io.polylink.cli;

import io.polylink.kb.starter.CldrStarterSource;
import io.polylink.kb.store.KbBuildSummary;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.NotAKbException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The starter KB: countries, languages, scripts, currencies and cities with their names in every CLDR locale, built
 * from the CLDR data inside ICU4J on first use, so Polylink links text on a fresh machine without any download.
 * Lives in {@code $POLYLINK_HOME/starter-kb} (system property {@code polylink.home} first; {@code ~/.polylink} by
 * default).
 */
final class StarterKb {
  private StarterKb() {}

  static Path location() {
    String home = System.getProperty("polylink.home", System.getenv("POLYLINK_HOME"));
    Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".polylink");
    return base.resolve("starter-kb");
  }

  /** The starter KB, opened; built first if absent or made by an older version. */
  static KnowledgeBase open(PrintWriter err) throws IOException {
    Path dir = location();
    if (KnowledgeBase.exists(dir)) {
      try {
        return KnowledgeBase.open(dir);
      } catch (NotAKbException e) { // built by an older version: the build below replaces it atomically
        err.println("polylink: the starter KB needs a rebuild (" + e.getMessage() + ")");
      }
    }
    err.println("polylink: building the starter KB from CLDR data into " + dir + " (first run only)...");
    err.flush();
    KbBuildSummary s = KbBuilder.into(dir).build(new CldrStarterSource());
    err.printf(Locale.ROOT, "polylink: starter KB ready: %,d entities, %,d names in %,d languages (%.1f s)%n",
        s.entities(), s.names(), s.languages(), s.seconds());
    err.flush();
    return KnowledgeBase.open(dir);
  }

  /** The KB at {@code kb}, or the starter KB when {@code kb} is null. */
  static KnowledgeBase openOrStarter(Path kb, PrintWriter err) throws IOException {
    return kb != null ? KnowledgeBase.open(kb) : open(err);
  }
}
