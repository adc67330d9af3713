package io.polylink.eval.polylink;

import io.polylink.eval.LinkingSystem;
import io.polylink.eval.regression.Checksums;
import io.polylink.kb.source.Sources;
import io.polylink.kb.source.SourceException;
import io.polylink.kb.source.WikidataDumpSource;
import io.polylink.kb.starter.CldrStarterSource;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.link.LinkerConfig;
import io.polylink.link.TextEncoder;
import io.polylink.link.rank.RankerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Makes the Polylink system for the {@code kb} of an evaluation request:
 *
 * <ul>
 *   <li>null: the CLDR starter KB ({@code starterDir} when given, else built into the {@link KbCache});</li>
 *   <li>a KB folder: opened as is;</li>
 *   <li>a source file ({@code .tsv}, {@code .jsonl}, a Wikidata {@code .json} dump, optionally compressed): built
 *       into the {@link KbCache} once per file checksum, then reused.</li>
 * </ul>
 *
 * The linker runs with {@link LinkerConfig#defaults()} and the given ranker model (default: the shipped one).
 */
public final class PolylinkFactory implements Function<Path, LinkingSystem> {

  /** Bumped when the way a source file becomes a cached KB changes, so stale caches are rebuilt. */
  static final String RECIPE = "eval-kb-v2-single-thread";

  private final Path starterDir;
  private final RankerModel model;
  private final TextEncoder dense;

  /** @param starterDir an existing starter KB folder to use for a null {@code kb}, or null to build one */
  public PolylinkFactory(Path starterDir) {
    this(starterDir, null);
  }

  /**
   * @param starterDir an existing starter KB folder to use for a null {@code kb}, or null to build one
   * @param model the ranker model, null for the shipped default
   */
  public PolylinkFactory(Path starterDir, RankerModel model) {
    this(starterDir, model, null);
  }

  /**
   * @param starterDir an existing starter KB folder to use for a null {@code kb}, or null to build one
   * @param model the ranker model, null for the shipped default
   * @param dense the dense context encoder, null for none (the model must then not read it)
   */
  public PolylinkFactory(Path starterDir, RankerModel model, TextEncoder dense) {
    this.starterDir = starterDir;
    this.model = model;
    this.dense = dense;
  }

  @Override
  public LinkingSystem apply(Path kb) {
    Linker.Builder b = Linker.builder().knowledgeBase(knowledgeBase(kb)).config(LinkerConfig.defaults());
    if (model != null) {
      b.rankerModel(model);
    }
    if (dense != null) {
      b.denseContext(dense);
    }
    try {
      return new PolylinkSystem(b.build());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The KB a request's {@code kb} path stands for (see the class comment). */
  public KnowledgeBase knowledgeBase(Path kb) {
    if (kb == null) {
      return starterDir != null ? KbCache.openDirectory(starterDir) : starter();
    }
    if (KnowledgeBase.exists(kb)) {
      return KbCache.openDirectory(kb);
    }
    if (!Files.isRegularFile(kb)) {
      throw new IllegalArgumentException("--kb " + kb + " is neither a KB folder nor a source file (.tsv, .jsonl, "
          + "Wikidata .json dump)");
    }
    String file = kb.getFileName().toString();
    String kind = kindOf(file);
    String sha = Checksums.sha256(kb);
    String name = file.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + sha.substring(0, 12);
    return KbCache.open(name, RECIPE + " " + kind + " " + sha, () -> {
      try {
        return Sources.open(kind, kb, WikidataDumpSource.Options.defaults());
      } catch (SourceException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    });
  }

  /** The starter KB (countries, languages, scripts, currencies, cities from CLDR), cached. */
  public static KnowledgeBase starter() {
    CldrStarterSource source = new CldrStarterSource();
    return KbCache.open("starter", RECIPE + " " + source.name(), () -> source);
  }

  static String kindOf(String fileName) {
    String f = fileName.toLowerCase(Locale.ROOT);
    if (f.contains(".tsv")) {
      return "tsv";
    }
    if (f.contains(".jsonl")) {
      return "jsonl";
    }
    if (f.contains(".json")) {
      return "wikidata";
    }
    throw new IllegalArgumentException("cannot tell the source kind of '" + fileName
        + "': expected a .tsv, .jsonl or .json (Wikidata dump) file, optionally .gz or .bz2");
  }

}
