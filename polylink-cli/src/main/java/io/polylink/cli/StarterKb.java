package io.polylink.cli;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.starter.CldrStarterSource;
import io.polylink.kb.store.KbBuildSummary;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.NotAKbException;
import io.polylink.kb.wikipedia.AnchorFilter;
import io.polylink.kb.wikipedia.TitleJoinedSource;
import io.polylink.kb.wikipedia.WikidictSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The KB a command uses without {@code --kb}: the <b>default KB</b>, the CLDR starter entities (countries,
 * languages, scripts, currencies and cities with their names in every CLDR locale) joined with the English Wikipedia
 * titles and web anchors of CoreNLP's wikidict ({@link TitleJoinedSource}), built on first use (a few minutes, with a
 * progress bar) into {@code $POLYLINK_HOME/default-kb}. It needs CoreNLP's {@code models-english-kbp} jar, which it
 * takes from the local Maven repository or fetches with Maven; when that fails, or with {@code POLYLINK_WIKIDICT=off}
 * (system property {@code polylink.wikidict=off}), it says so and uses the <b>starter KB</b> alone, built from the
 * CLDR data inside ICU4J into {@code $POLYLINK_HOME/starter-kb} (about 20 s) without any download.
 * {@code POLYLINK_HOME}: system property {@code polylink.home} first, then the environment, else {@code ~/.polylink}.
 */
final class StarterKb {
  private StarterKb() {}

  static Path home() {
    String home = System.getProperty("polylink.home", System.getenv("POLYLINK_HOME"));
    return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".polylink");
  }

  static Path location() {
    return home().resolve("starter-kb");
  }

  static Path defaultLocation() {
    return home().resolve("default-kb");
  }

  /** False when {@code polylink.wikidict} (or {@code POLYLINK_WIKIDICT}) is {@code off}: the starter KB alone. */
  static boolean wikidictEnabled() {
    String v = System.getProperty("polylink.wikidict", System.getenv("POLYLINK_WIKIDICT"));
    return v == null || !v.strip().equalsIgnoreCase("off");
  }

  /** The default KB, opened; built first if absent; the starter KB when the Wikipedia part cannot be had. */
  static KnowledgeBase open(PrintWriter err) throws IOException {
    if (wikidictEnabled()) {
      Path dir = defaultLocation();
      KnowledgeBase built = openBuilt(dir, "default", err);
      if (built != null) {
        return built;
      }
      try {
        return buildDefault(dir, err);
      } catch (IOException e) {
        err.println("polylink: no Wikipedia entities: " + e.getMessage());
        err.println("polylink: using the starter KB (CLDR: countries, languages, currencies, cities) instead");
        err.flush();
      }
    }
    return openStarter(err);
  }

  private static KnowledgeBase buildDefault(Path dir, PrintWriter err) throws IOException {
    Path jar = WikidictJars.resolve(WikidictJars.ENGLISH, true, err);
    err.println("polylink: building the default KB (CLDR starter entities + English Wikipedia titles and anchors from "
        + jar.getFileName() + ") into " + dir + " (first run only: 6.3 million entities, about 3 to 5 minutes on 2 cores, "
        + "0.8 GB on disk)...");
    err.flush();
    Files.createDirectories(dir.getParent());
    WikidictSource wikidict = new WikidictSource(List.of(jar), Map.of(), AnchorFilter.defaults(), dir.getParent());
    EntitySource source = new TitleJoinedSource(new CldrStarterSource(), wikidict);
    KbBuildSummary s;
    try (Progress progress = Progress.start("default KB", "entities", true, err)) {
      wikidict.linesRead(n -> progress.message(String.format(Locale.ROOT, "reading anchors: %,d", n)));
      s = KbBuilder.into(dir).progress(progress::update).build(source);
    }
    err.printf(Locale.ROOT, "polylink: default KB ready: %,d entities, %,d names in %,d languages (%.0f s)%n",
        s.entities(), s.names(), s.languages(), s.seconds());
    err.flush();
    return KnowledgeBase.open(dir);
  }

  /** The KB built in {@code dir}, opened; null when there is none or an older version made it (then it is rebuilt). */
  private static KnowledgeBase openBuilt(Path dir, String what, PrintWriter err) throws IOException {
    if (!KnowledgeBase.exists(dir)) {
      return null;
    }
    try {
      return KnowledgeBase.open(dir);
    } catch (NotAKbException e) { // built by an older version: the build replaces it atomically
      err.println("polylink: the " + what + " KB needs a rebuild (" + e.getMessage() + ")");
      return null;
    }
  }

  /** The starter KB alone, opened; built first if absent or made by an older version. */
  static KnowledgeBase openStarter(PrintWriter err) throws IOException {
    Path dir = location();
    KnowledgeBase built = openBuilt(dir, "starter", err);
    if (built != null) {
      return built;
    }
    err.println("polylink: building the starter KB from CLDR data into " + dir + " (first run only)...");
    err.flush();
    KbBuildSummary s = KbBuilder.into(dir).build(new CldrStarterSource());
    err.printf(Locale.ROOT, "polylink: starter KB ready: %,d entities, %,d names in %,d languages (%.1f s)%n",
        s.entities(), s.names(), s.languages(), s.seconds());
    err.flush();
    return KnowledgeBase.open(dir);
  }

  /** The KB at {@code kb}, or the default KB when {@code kb} is null. */
  static KnowledgeBase openOrStarter(Path kb, PrintWriter err) throws IOException {
    return kb != null ? KnowledgeBase.open(kb) : open(err);
  }
}
