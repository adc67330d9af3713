package io.polylink.cli;

import io.polylink.eval.Annotation;
import io.polylink.eval.EvalJson;
import io.polylink.eval.pii.PiiSystem;
import io.polylink.eval.polylink.PolylinkFactory;
import io.polylink.link.Linker;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import io.polylink.redact.Detection;
import io.polylink.redact.Policy;
import io.polylink.redact.Redactor;
import io.polylink.redact.tagger.TaggerModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugs Polylink's redactor into the evaluation harness for task pii: the redactor as its acceptance test runs it
 * (every built-in recognizer, the linker with its default configuration on the request's KB, the starter KB when
 * none is given), with the request's tagger model and policy.
 */
final class EvalRedactor implements PiiSystem.Factory {

  @Override
  public PiiSystem make(Path kb, Path model, Path policy) {
    Redactor.Builder b = Redactor.builder();
    if (policy != null) {
      b.policy(Policy.load(policy));
    }
    if (model != null) {
      if (!Files.isRegularFile(model)) {
        throw new IllegalArgumentException("--model " + model + " not found");
      }
      try {
        b.model(TaggerModel.load(model));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tagger model " + model + ": " + e.getMessage(), e);
      }
    }
    b.linker(Linker.builder().knowledgeBase(new PolylinkFactory(null).knowledgeBase(kb)).build());
    Redactor redactor = RedactCommand.build(b, policy);
    String name = "polylink-redact" + (model == null ? "" : "+" + EvalJson.stem(model));
    return PiiSystem.of(name, doc -> {
      String text = doc.text();
      String language = doc.language().isUndetermined() ? "" : doc.language().code();
      List<Annotation> out = new ArrayList<>();
      for (Detection d : redactor.analyze(doc.id(), text, language)) {
        out.add(new Annotation(new Span(TextOffsets.toCodePoint(text, d.start()),
            TextOffsets.toCodePoint(text, d.end())), null, d.type(), Math.max(0, Math.min(1, d.score()))));
      }
      return out;
    });
  }
}
