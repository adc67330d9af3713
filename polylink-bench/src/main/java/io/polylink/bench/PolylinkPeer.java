package io.polylink.bench;

import io.polylink.eval.LinkingSystem;
import io.polylink.eval.polylink.PolylinkFactory;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Polylink itself run as a peer by {@link PeerRun}: the linker {@code polylink eval --kb KB} evaluates (its defaults,
 * the shipped ranker), on English documents, writing its NIL links as {@code <NIL>} as the evaluation does. Options:
 * those of {@link PeerRun} plus {@code --kb} (a KB folder or a source file, built once into the KB cache; default
 * {@code <data>/elevant/kb/qid_names.tsv}, the KB of the ELEVANT regressions).
 */
public final class PolylinkPeer {

  private PolylinkPeer() {}

  /** The linker on {@code kb} as a {@link PeerRun.PeerLinker}. */
  static PeerRun.PeerLinker linker(Path kb) {
    LinkingSystem system = new PolylinkFactory(null).apply(kb);
    Language en = Language.of("en");
    return text -> {
      List<PeerRun.Mention> out = new ArrayList<>();
      for (Link l : system.link(new Document("", text, en)).links()) {
        out.add(new PeerRun.Mention(l.span().start(), l.span().end(), l.isNil() ? "<NIL>" : l.entity().value(),
            Map.of()));
      }
      return out;
    };
  }

  public static void main(String[] args) {
    PeerRun.exitOnFailure("polylink peer", () -> PeerRun.runPeer("polylink", args, Set.of("kb"),
        o -> () -> linker(o.path("kb", o.data().resolve("elevant/kb/qid_names.tsv")))));
  }
}
