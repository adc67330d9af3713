package io.polylink.redact.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polylink.eval.Annotation;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.eval.metrics.PiiTokenMetrics;
import io.polylink.eval.metrics.Prf;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import io.polylink.redact.Redactor;
import io.polylink.redact.tagger.AnnotatedText;
import io.polylink.redact.tagger.IobCorpus;
import io.polylink.redact.tagger.TaggerModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The European Court of Human Rights anonymization corpus (French and Spanish, IOB tokens), dev splits; runs on
 * request ({@code -Dpolylink.acceptance=true}). Three figures per language: the built-in redactor with no training on
 * ECHR (token-level "is PII" and PERSON precision), a model from {@code redact train} on the train split alone
 * (strict span F1), and that model with the default built-in recognizers (strict span F1, never below the model).
 *
 * <pre>
 * mvn -q -B -o -pl polylink-redact -am test -Dtest=EchrTest -Dpolylink.acceptance=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>{@code -Dpolylink.echr.misses=true} prints the gold spans the built-ins do not cover; {@code
 * -Dpolylink.echr.errors=true} every span the model and the built-ins got wrong by the strict rule, with context.
 */
class EchrTest {

  /** ECHR tags as the built-in types, for the per-type token figures. */
  private static final Map<String, String> GOLD_AS_BUILT_IN = Map.of("PER", "PERSON", "LOC", "LOCATION", "ORG",
      "ORGANIZATION", "DATE", "DATE_TIME", "TIME", "DATE_TIME", "DATETIME", "DATE_TIME");

  @Test
  void french() throws Exception {
    run("FR", "fr");
  }

  @Test
  void spanish() throws Exception {
    run("ES", "es");
  }

  private static void run(String file, String lang) throws Exception {
    assumeTrue(Boolean.getBoolean("polylink.acceptance"), "acceptance runs only with -Dpolylink.acceptance=true");
    Path data = AcceptanceData.dataDir();
    assumeTrue(data != null && Files.isDirectory(data.resolve("pii/echr-fr-es")), "ECHR data absent");
    Path base = data.resolve("pii/echr-fr-es");
    List<AnnotatedText> train = IobCorpus.read(base.resolve(file + "-manual-train.tsv"));
    List<AnnotatedText> dev = IobCorpus.read(base.resolve(file + "-manual-dev.tsv"));
    TaggerModel model = TaggerModel.train(train, TaggerModel.Settings.defaults()).withLanguage(lang);
    try (KnowledgeBase kb = KnowledgeBase.open(AcceptanceData.starterKb())) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      Redactor builtIn = Redactor.builder().linker(linker).build();
      Redactor both = Redactor.builder().linker(linker).model(model).build();
      PiiSpanMetrics alone = spans(dev, model::tag);
      PiiSpanMetrics combined = spans(dev, t -> both.analyze("", t, lang));
      PiiTokenMetrics tokens = tokens(dev, t -> builtIn.analyze("", t, lang), false);
      PiiTokenMetrics tokensLegal = tokens(dev, t -> builtIn.analyze("", t, lang), true);
      AcceptanceTest.print("ECHR " + file + " dev, model trained on train, alone (strict span)", alone);
      AcceptanceTest.print("ECHR " + file + " dev, model + default built-ins (strict span)", combined);
      AcceptanceTest.printTokens("ECHR " + file + " dev, built-ins untrained on ECHR (per token; gold PER as PERSON)",
          tokens);
      Prf person = tokens.perType().getOrDefault("PERSON", Prf.ZERO);
      Prf personLegal = tokensLegal.perType().getOrDefault("PERSON", Prf.ZERO);
      System.out.printf(Locale.ROOT, "ECHR %s built-in PERSON token precision %.3f (gold PER) / %.3f (gold PER or "
          + "LEGAL_PROFESSIONAL)%n", file, person.precision(), personLegal.precision());
      if (Boolean.getBoolean("polylink.echr.misses")) {
        for (AnnotatedText d : dev) {
          List<Detection> got = builtIn.analyze("", d.text(), lang);
          for (Detection g : d.spans()) {
            if (got.stream().noneMatch(x -> x.contains(g))) {
              System.out.println("MISS " + g.type() + " [" + d.text().substring(g.start(), g.end()) + "] got "
                  + got.stream().filter(x -> x.overlaps(g)).map(x -> d.text().substring(x.start(), x.end())).toList());
            }
          }
        }
      }
      if (Boolean.getBoolean("polylink.echr.errors")) {
        printErrors("MODEL", dev, model::tag);
        printErrors("BUILTIN", dev, t -> builtIn.analyze("", t, lang));
      }
      assertTrue(combined.micro().f1() >= alone.micro().f1() - 1e-9,
          "model + built-ins " + combined.micro().f1() + " < model alone " + alone.micro().f1());
    }
  }

  /** Prints each predicted span that no gold span equals (FP) and each gold span no prediction equals (FN). */
  private static void printErrors(String who, List<AnnotatedText> dev, Function<String, List<Detection>> tagger) {
    for (AnnotatedText d : dev) {
      List<Detection> got = tagger.apply(d.text());
      for (Detection p : got) {
        if (d.spans().stream().noneMatch(g -> same(g, p))) {
          System.out.println(who + " FP " + p.type() + " [" + d.text().substring(p.start(), p.end()) + "] gold "
              + d.spans().stream().filter(g -> g.overlaps(p)).map(g -> g.type() + ":" + d.text().substring(g.start(),
                  g.end())).toList() + " ctx: " + context(d.text(), p));
        }
      }
      for (Detection g : d.spans()) {
        if (got.stream().noneMatch(p -> same(g, p))) {
          System.out.println(who + " FN " + g.type() + " [" + d.text().substring(g.start(), g.end()) + "] got "
              + got.stream().filter(p -> p.overlaps(g)).map(p -> p.type() + ":" + d.text().substring(p.start(),
                  p.end())).toList() + " ctx: " + context(d.text(), g));
        }
      }
    }
  }

  private static boolean same(Detection g, Detection p) {
    return g.start() == p.start() && g.end() == p.end() && g.type().equals(p.type());
  }

  private static String context(String text, Detection d) {
    return text.substring(Math.max(0, d.start() - 50), d.start()) + "<<" + text.substring(d.start(), d.end()) + ">>"
        + text.substring(d.end(), Math.min(text.length(), d.end() + 40));
  }

  static PiiSpanMetrics spans(List<AnnotatedText> docs, Function<String, List<Detection>> tagger) {
    PiiSpanMetrics m = new PiiSpanMetrics();
    for (AnnotatedText d : docs) {
      m.add(annotations(d.text(), d.spans(), Function.identity()), annotations(d.text(), tagger.apply(d.text()),
          Function.identity()));
    }
    return m;
  }

  static PiiTokenMetrics tokens(List<AnnotatedText> docs, Function<String, List<Detection>> tagger, boolean legal) {
    PiiTokenMetrics m = new PiiTokenMetrics();
    for (AnnotatedText d : docs) {
      m.add(d.text(), annotations(d.text(), d.spans(), t -> legal && t.equals("LEGAL_PROFESSIONAL") ? "PERSON"
          : GOLD_AS_BUILT_IN.getOrDefault(t, t)), annotations(d.text(), tagger.apply(d.text()),
              t -> legal && t.equals("LEGAL_PROFESSIONAL") ? "PERSON" : t));
    }
    return m;
  }

  private static List<Annotation> annotations(String text, List<Detection> ds, Function<String, String> type) {
    List<Annotation> out = new ArrayList<>();
    for (Detection d : ds) {
      out.add(new Annotation(new Span(TextOffsets.toCodePoint(text, d.start()), TextOffsets.toCodePoint(text, d.end())),
          null, type.apply(d.type()), d.score()));
    }
    return out;
  }
}
