package io.polylink.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.eval.metrics.ClusteringMetrics;
import io.polylink.eval.metrics.Prf;
import java.nio.file.Path;

/** The parts every task's result shares: the header, precision/recall/F blocks, names from paths. */
public final class EvalJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalJson() {}

  /** An empty object. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** {@code task}, {@code dataset}, {@code format}, {@code system}, {@code n}. */
  public static ObjectNode header(EvalRequest r, String dataset, String system, int n) {
    ObjectNode o = object();
    o.put("task", r.task().code());
    o.put("dataset", dataset);
    o.put("format", r.format().code());
    o.put("system", system);
    o.put("n", n);
    return o;
  }

  /** Precision, recall, F1 (and F2 when asked), and the counts. */
  public static ObjectNode prf(Prf p, boolean withF2) {
    ObjectNode o = object();
    o.put("precision", p.precision());
    o.put("recall", p.recall());
    o.put("f1", p.f1());
    if (withF2) {
      o.put("f2", p.f2());
    }
    o.put("tp", p.tp());
    o.put("fp", p.fp());
    o.put("fn", p.fn());
    return o;
  }

  /** Macro-averaged precision, recall and F1. */
  public static ObjectNode macro(double p, double r, double f) {
    ObjectNode o = object();
    o.put("precision", p);
    o.put("recall", r);
    o.put("f1", f);
    return o;
  }

  /** A clustering score as the harness reports it: precision, recall, F1. */
  public static ObjectNode score(ClusteringMetrics.Score s) {
    return macro(s.precision(), s.recall(), s.f1());
  }

  /** A system name from a predictions path: the run name before the first dot of the file name. */
  public static String systemName(Path predictions) {
    return stem(predictions);
  }

  /** A dataset name from its path: the file name up to the first dot. */
  public static String stem(Path p) {
    String f = p.getFileName().toString();
    int dot = f.indexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
