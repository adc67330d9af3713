package io.polylink.link;

import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.link.rank.DocumentRanker;
import io.polylink.link.rank.RankerModel;
import io.polylink.model.Entity;
import io.polylink.model.Link;
import io.polylink.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's KB: its entities built into a temporary folder before the class's tests, opened with a default
 * linker, closed and deleted after them. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final OpenKb KB = OpenKb.golden();
 * ... KB.linker().link("Angela Merkel besuchte Berlin.") ...
 * }</pre>
 */
final class OpenKb implements BeforeAllCallback, AfterAllCallback {

  private final Supplier<List<Entity>> entities;
  private Path dir;
  private KnowledgeBase kb;
  private Linker linker;

  private OpenKb(Supplier<List<Entity>> entities) {
    this.entities = entities;
  }

  /** The golden fixture's KB ({@link TestKbs#fixture}). */
  static OpenKb golden() {
    return of(TestKbs::fixture);
  }

  /** A KB of {@code entities}, asked for when the class's tests start. */
  static OpenKb of(Supplier<List<Entity>> entities) {
    return new OpenKb(entities);
  }

  /** The golden fixture with {@code more} entities. */
  static OpenKb goldenWith(Entity... more) {
    return of(() -> {
      List<Entity> l = new ArrayList<>(TestKbs.fixture());
      l.addAll(List.of(more));
      return l;
    });
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("polylink-link-test-kb");
    KbBuilder.into(dir).threads(1).build(TestKbs.source(entities.get()));
    kb = KnowledgeBase.open(dir);
    linker = Linker.builder().knowledgeBase(kb).build();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (kb != null) {
      kb.close();
    }
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  KnowledgeBase kb() {
    return kb;
  }

  /** A linker with the default configuration. */
  Linker linker() {
    return linker;
  }

  /**
   * The links of one {@link WindowLinker} pass over all of {@code text} read as {@code language}, with the default
   * configuration and ranker; spans in chars (the callers' texts are BMP only, chars are code points).
   */
  List<Link> windowLinks(String text, String language) {
    List<Link> out = new ArrayList<>();
    try (Lookup lookup = kb.lookup()) {
      WindowLinker wl = new WindowLinker(LinkerConfig.defaults(), lookup, new DocumentRanker(RankerModel.defaults()),
          language, new DocumentState(LinkerConfig.defaults().stateSize()), new UnknownNameCache(16), null, null);
      for (Spot s : wl.link(text, 0, text.length())) {
        out.add(wl.toLink(s, new Span(s.start, s.end)));
      }
    }
    return out;
  }
}
