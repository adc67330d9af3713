package io.polylink.cli;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polylink demo}: builds the starter KB if needed and links a multilingual sample. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Link a multilingual sample text with the starter KB (built from CLDR data on first run).")
final class DemoCommand implements Callable<Integer> {

  /** One sentence per language: English, German, French, Spanish, Russian, Chinese, Japanese, Arabic, Hindi. */
  static final List<String> SAMPLE = List.of(
      "The euro is the currency of Germany and France, and flights from Paris to Tokyo cross Russia.",
      "Die Schweiz grenzt an Österreich und Italien; in Zürich spricht man Deutsch.",
      "Le Canada partage sa frontière avec les États-Unis, et à Montréal on parle français.",
      "En Buenos Aires se habla español y se paga con el peso argentino.",
      "Москва — столица России, а рубль — валюта России.",
      "北京是中国的首都，上海在中国东部。",
      "東京は日本の首都で、日本語が話されています。",
      "القاهرة هي عاصمة مصر، ويتحدث سكانها اللغة العربية.",
      "नई दिल्ली भारत की राजधानी है और वहाँ हिन्दी बोली जाती है।");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "print Polylink JSON instead of a table")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = StarterKb.open(spec.commandLine().getErr())) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      for (String text : SAMPLE) {
        LinkedDocument doc = linker.link(text);
        if (json) {
          OutputFormat.JSON.write(doc, 0, out, id -> 0);
          continue;
        }
        out.printf(Locale.ROOT, "[%s] %s%n", doc.document().language().code(), text);
        for (Link l : doc.links()) {
          out.printf(Locale.ROOT, "    %-22s %5d-%-5d %-24s %-5s %.2f  %s%n", l.mention().surface(), l.span().start(),
              l.span().end(), l.isNil() ? "NIL" : l.entity().value(), l.type().code(), l.score(), l.label());
        }
      }
      out.flush();
    }
    return 0;
  }
}
