package io.polylink.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.format.LlmText;
import io.polylink.format.NifWriter;
import io.polylink.format.PolylinkJson;
import io.polylink.format.Spotlight;
import io.polylink.model.EntityId;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The CLI's output formats: Polylink JSON (one object per line), NIF 2.0 Turtle (GERBIL), DBpedia Spotlight's
 * JSON, and text for prompts ({@link LlmText}), written by the shared writers of {@code polylink-format}. Offsets are
 * code points in the first three.
 */
enum OutputFormat {
  JSON, NIF, SPOTLIGHT, LLM;

  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  static OutputFormat parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "nif", "turtle", "ttl" -> NIF;
      case "spotlight" -> SPOTLIGHT;
      case "llm" -> LLM;
      default -> throw new IllegalArgumentException("--format must be json, nif, spotlight or llm; got '" + s + "'");
    };
  }

  /**
   * Writes the {@code index}-th document of the output.
   *
   * @param support an entity's popularity, Spotlight's {@code @support}
   */
  void write(LinkedDocument doc, int index, Writer out, ToLongFunction<EntityId> support) throws IOException {
    write(doc, index, out, support, id -> new LlmText.Entry("", ""));
  }

  /**
   * Writes the {@code index}-th document of the output.
   *
   * @param support an entity's popularity, Spotlight's {@code @support}
   * @param entries an entity's label and description in the document's language, for {@link #LLM}
   */
  void write(LinkedDocument doc, int index, Writer out, ToLongFunction<EntityId> support,
      Function<EntityId, LlmText.Entry> entries) throws IOException {
    switch (this) {
      case JSON -> {
        try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          PolylinkJson.writeDocument(g, doc, PolylinkJson.MentionExtras.NONE);
        }
        out.write('\n');
      }
      case NIF -> {
        NifWriter nif = new NifWriter(out);
        if (index == 0) {
          nif.prefixes();
        }
        String base = "https://polylink.io/doc/" + (doc.document().id().isEmpty() ? String.valueOf(index + 1)
            : URLEncoder.encode(doc.document().id(), StandardCharsets.UTF_8));
        nif.document(base, null, doc);
      }
      case SPOTLIGHT -> {
        Spotlight.annotationJson(out, doc.document().text(), Spotlight.Params.defaults(),
            Spotlight.resources(doc, support));
        out.write('\n');
      }
      case LLM -> {
        if (index > 0) {
          out.write(LlmText.DOCUMENT_SEPARATOR);
        }
        String text = LlmText.render(doc, entries);
        out.write(text);
        if (!text.endsWith("\n")) {
          out.write('\n');
        }
      }
    }
  }

  static void writeMention(JsonGenerator g, Link l) throws IOException {
    PolylinkJson.writeMention(g, l, PolylinkJson.MentionExtras.NONE);
  }
}
