package io.polylink.server;

import io.polylink.format.LlmText;
import io.polylink.model.Language;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** {@code format=llm} on {@code /v1/link}: the text for prompts ({@link LlmText}), documents separated by "---". */
final class LlmAnswer {
  private LlmAnswer() {}

  static void write(List<LinkedDocument> docs, Linking linking, Writer w) {
    try {
      for (int i = 0; i < docs.size(); i++) {
        LinkedDocument d = docs.get(i);
        if (i > 0) {
          w.write(LlmText.DOCUMENT_SEPARATOR);
        }
        Language lang = d.document().language();
        String shown = lang.isUndetermined() ? "en" : lang.primary();
        String text = LlmText.render(d, id -> linking.entity(id)
            .map(r -> new LlmText.Entry(r.label(shown), r.description(shown)))
            .orElse(new LlmText.Entry("", "")));
        w.write(text);
        if (!text.endsWith("\n")) {
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
