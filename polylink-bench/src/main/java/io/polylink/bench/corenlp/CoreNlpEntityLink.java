package io.polylink.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.polylink.bench.PeerRun;
import io.polylink.bench.TitleLinks;
import io.polylink.bench.WikiTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's own entity linker ({@code tokenize,ssplit,pos,lemma,ner,entitylink}, English models and the KBP
 * {@code wikidict}) run as a peer over the ELEVANT benchmarks. Compiled only with {@code -Pcorenlp} (CoreNLP is
 * GPL-3.0+ and stays out of every default build and shipped module); {@code polylink-bench/run.sh corenlp} runs it.
 *
 * <p>CoreNLP answers with English Wikipedia titles; {@link TitleLinks} maps them to QIDs and says what happens to
 * mentions it does not link and to titles the map lacks.
 */
public final class CoreNlpEntityLink implements PeerRun.PeerLinker {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,entitylink";

  private final StanfordCoreNLP pipeline;
  private final TitleLinks links;

  CoreNlpEntityLink(TitleLinks links, String properties) {
    Properties p = new Properties();
    for (String kv : properties.split(",")) {
      if (kv.isBlank()) {
        continue;
      }
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--properties must be key=value,...; got '" + kv + "'");
      }
      p.setProperty(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
    }
    if (p.containsKey("annotators")) {
      throw new IllegalArgumentException("--properties must not set annotators; they are fixed: " + ANNOTATORS);
    }
    p.setProperty("annotators", ANNOTATORS);
    this.pipeline = new StanfordCoreNLP(p);
    this.links = links;
  }

  @Override
  public List<PeerRun.Mention> link(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<PeerRun.Mention> out = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (b == null || e == null) {
        continue;
      }
      PeerRun.Mention pm = links.mention(text, b, e, m.get(CoreAnnotations.WikipediaEntityAnnotation.class),
          m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (pm != null) {
        out.add(pm);
      }
    }
    return out;
  }

  /**
   * Options: those of {@link PeerRun} ({@code --data --benchmarks --out --passes --name}) plus {@code --titles FILE}
   * (default {@code <data>/elevant/kb/qid_enwiki.tsv}), {@code --unlinked drop|nil}, {@code --unmapped
   * drop|nil|title}, {@code --properties key=value,...} (further CoreNLP properties, e.g.
   * {@code ner.applyFineGrained=false}; default none: CoreNLP's defaults).
   */
  public static void main(String[] args) {
    PeerRun.exitOnFailure("corenlp", () -> PeerRun.runPeer("corenlp", args,
        java.util.Set.of("titles", "unlinked", "unmapped", "properties"), o -> () -> {
          WikiTitles t = WikiTitles.read(o.path("titles", o.data().resolve("elevant/kb/qid_enwiki.tsv")));
          return new CoreNlpEntityLink(new TitleLinks(t, o.string("unlinked", "drop"), o.string("unmapped", "title")),
              o.string("properties", ""));
        }));
  }
}
