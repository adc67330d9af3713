package io.polylink.eval.task;

import static io.polylink.eval.EvalJson.header;
import static io.polylink.eval.EvalJson.macro;
import static io.polylink.eval.EvalJson.prf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalJson;
import io.polylink.eval.EvalRequest;
import io.polylink.eval.Format;
import io.polylink.eval.Systems;
import io.polylink.eval.metrics.PiiSpanMetrics;
import io.polylink.eval.metrics.PiiTokenMetrics;
import io.polylink.eval.metrics.Prf;
import io.polylink.eval.pii.PiiSystem;
import io.polylink.eval.pii.PresidioTypes;
import io.polylink.eval.pii.baseline.PiiBaseline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Task pii: PII detection scored in exact spans and types ({@code micro}, {@code macro}, {@code per_type}) and per
 * token as presidio-research's Evaluator scores ({@code token}: the PII figure, the type ignored, and
 * {@code token.per_type}). The system is, in this order: stored {@code --predictions}; a {@code --baseline}
 * ({@code regex}, {@code regex+polylink}); else Polylink's redactor with the request's KB, {@code --model} and
 * {@code --policy}.
 *
 * <p>Stored predictions and the baselines label in the dataset's vocabulary, so their spans are scored as they are.
 * The redactor labels in Polylink's: on presidio-research's set its detections and the gold spans are mapped as the
 * redactor's acceptance test maps them ({@link PresidioTypes}), so {@code token.f2} is that test's per-token PII F2.
 */
public record PiiTask(Systems systems) {

  /** Scores {@code r} (task pii). */
  public ObjectNode run(EvalRequest r) {
    Dataset gold = TaskSupport.mentions(r);
    boolean presidio = r.format() == Format.PRESIDIO;
    List<List<Annotation>> predicted;
    String system;
    // how gold and predicted spans are named for each of the two scores; identity unless the redactor is scored
    UnaryOperator<List<Annotation>> spanGold = UnaryOperator.identity();
    UnaryOperator<List<Annotation>> spanPredicted = UnaryOperator.identity();
    UnaryOperator<List<Annotation>> tokenGold = presidio ? PiiTask::presidioTokens : UnaryOperator.identity();
    UnaryOperator<List<Annotation>> tokenPredicted = tokenGold;
    if (r.predictions() != null) {
      system = EvalJson.systemName(r.predictions());
      predicted = TaskSupport.storedMentions(r, gold);
    } else if ("regex".equals(r.baseline()) || "regex+polylink".equals(r.baseline())) {
      PiiBaseline b = new PiiBaseline(r.baseline().equals("regex") ? null : systems.linker(r.kb()),
          presidio ? PiiBaseline.PRESIDIO : Map.of());
      system = b.name();
      predicted = gold.documents().stream().map(d -> b.find(d.toDocument())).toList();
    } else if (r.baseline() != null) {
      throw new IllegalArgumentException("task pii knows the baselines regex and regex+polylink, got " + r.baseline());
    } else {
      PiiSystem redactor = systems.redactor(r.kb(), r.model(), r.policy());
      system = redactor.name();
      predicted = gold.documents().stream().map(redactor::detect).toList();
      if (presidio) {
        spanGold = PresidioTypes::spanGold;
        spanPredicted = PresidioTypes::spanPredicted;
        tokenGold = PresidioTypes::tokenGold;
        tokenPredicted = PresidioTypes::tokenPredicted;
      }
    }
    PiiSpanMetrics m = new PiiSpanMetrics();
    PiiTokenMetrics tokens = new PiiTokenMetrics();
    for (int i = 0; i < gold.documents().size(); i++) {
      EvalDocument d = gold.documents().get(i);
      m.add(spanGold.apply(d.gold()), spanPredicted.apply(predicted.get(i)));
      tokens.add(d.text(), tokenGold.apply(d.gold()), tokenPredicted.apply(predicted.get(i)));
    }
    ObjectNode out = header(r, gold.name(), system, gold.documents().size());
    out.set("micro", prf(m.micro(), true));
    double p = 0;
    double rc = 0;
    double f = 0;
    ObjectNode per = EvalJson.object();
    for (Map.Entry<String, Prf> e : m.perType().entrySet()) {
      per.set(e.getKey(), prf(e.getValue(), true));
      p += e.getValue().precision();
      rc += e.getValue().recall();
      f += e.getValue().f1();
    }
    int k = Math.max(1, m.perType().size());
    out.set("macro", macro(p / k, rc / k, f / k));
    out.set("per_type", per);
    out.put("mentions", gold.mentionCount());
    ObjectNode token = prf(tokens.pii(), true);
    ObjectNode tokenPer = token.putObject("per_type");
    tokens.perType().forEach((t, x) -> tokenPer.set(t, prf(x, true)));
    out.set("token", token);
    return out;
  }

  /** Spans in presidio-research's vocabulary on both sides, named as its Evaluator maps them; "O" dropped. */
  private static List<Annotation> presidioTokens(List<Annotation> in) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : in) {
      String t = PresidioTypes.PRESIDIO_MAPPING.getOrDefault(a.type(), a.type());
      if (!t.equals("O")) {
        out.add(new Annotation(a.span(), a.entity(), t, a.score()));
      }
    }
    return out;
  }
}
