package io.polylink.eval.metrics;

import io.polylink.eval.Annotation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII detection scored per token, the way presidio-research's {@code Evaluator} scores it (IO scheme): each token
 * takes the type of the gold span it lies in ("O" outside) and the type of the predicted span it lies in. Per type,
 * precision is the share of tokens predicted as the type whose gold type is the same, recall the share of gold
 * tokens of the type predicted as it. The overall "PII" figure ignores the type, as presidio-research's
 * {@code pii_precision}/{@code pii_recall} do: a PII token predicted as any PII type counts.
 *
 * <p>Tokens are runs of letters, digits and underscores, and every other non-space character alone — close to, not
 * the same as, the spaCy tokens presidio-research uses, so figures may differ from its own by a little.
 */
public final class PiiTokenMetrics {

  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final String OUTSIDE = "O";

  private final Map<String, Prf> perType = new TreeMap<>();
  private Prf pii = Prf.ZERO;

  /** Adds one document; spans are in code points of {@code text}. */
  public PiiTokenMetrics add(String text, List<Annotation> gold, List<Annotation> predicted) {
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int start = text.codePointCount(0, m.start());
      int end = start + text.codePointCount(m.start(), m.end());
      String g = label(gold, start, end);
      String p = label(predicted, start, end);
      if (!g.equals(OUTSIDE) || !p.equals(OUTSIDE)) {
        pii = pii.plus(new Prf(!g.equals(OUTSIDE) && !p.equals(OUTSIDE) ? 1 : 0, g.equals(OUTSIDE) ? 1 : 0,
            p.equals(OUTSIDE) ? 1 : 0));
      }
      if (!g.equals(OUTSIDE) && g.equals(p)) {
        bump(g, new Prf(1, 0, 0));
      } else {
        if (!p.equals(OUTSIDE)) {
          bump(p, new Prf(0, 1, 0));
        }
        if (!g.equals(OUTSIDE)) {
          bump(g, new Prf(0, 0, 1));
        }
      }
    }
    return this;
  }

  /** The type of the first span that contains the token [start, end), or "O". */
  private static String label(List<Annotation> spans, int start, int end) {
    for (Annotation a : spans) {
      if (a.span().start() <= start && end <= a.span().end()) {
        return a.type();
      }
    }
    return OUTSIDE;
  }

  private void bump(String type, Prf d) {
    perType.merge(type, d, Prf::plus);
  }

  /** Token counts per type, sorted by type. */
  public Map<String, Prf> perType() {
    return new TreeMap<>(perType);
  }

  /** Token counts over all PII, the type ignored. */
  public Prf pii() {
    return pii;
  }
}
