package io.polylink.eval.elevant;

import io.polylink.eval.metrics.Prf;
import io.polylink.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions exactly as ELEVANT's evaluator counts its {@code "all"} mention type, so that stored
 * {@code eval_results.json} figures reproduce. The rules, from ELEVANT's {@code case_generator.py} and {@code case.py}:
 * <ul>
 *   <li>A gold label is detected when a prediction has its span or its span widened to word boundaries (either side
 *       widened); predictions outside {@code evaluation_span} that match no gold span are ignored.</li>
 *   <li>{@code <NIL>} and {@code <NO_MAPPING>} (gold or predicted) are "unknown" entities. Mode {@link Mode#IGNORED}
 *       (InKB) ignores unknown gold labels and unknown predictions; mode {@link Mode#REQUIRED} requires a NIL
 *       prediction for an unknown label (then a TP) and counts a NIL prediction on no label as FP.</li>
 *   <li>Optional labels (flag, {@code desc}, type QUANTITY or DATETIME) are never FN; a wrong prediction on them is FP.</li>
 *   <li>Nested labels (parent/children): a root whose child was matched yields its place to the children ("factor");
 *       TP and FN are counted for roots only, FP for every case with a non-zero factor.</li>
 * </ul>
 * One deviation: ELEVANT also accepts any prediction of the right QUANTITY/DATETIME type for an optional
 * quantity/date label, which needs its entity database; here such a prediction counts as FP unless it has the gold id.
 */
public final class ElevantScorer {

  /** ELEVANT's two evaluation modes for unknown entities. */
  public enum Mode { IGNORED, REQUIRED }

  private enum Type { TP, FP, FN }

  private static final Comparator<Span> BY_START_END =
      Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

  private ElevantScorer() {}

  /** Sums the {@code "all"} counts of every article, per mode. */
  public static Map<Mode, Prf> score(List<ElevantArticle> articles) {
    Map<Mode, Prf> total = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      total.put(m, Prf.ZERO);
    }
    for (ElevantArticle a : articles) {
      Map<Mode, Prf> one = scoreArticle(a);
      for (Mode m : Mode.values()) {
        total.put(m, total.get(m).plus(one.get(m)));
      }
    }
    return total;
  }

  /** The {@code "all"} counts of one article, per mode. */
  public static Map<Mode, Prf> scoreArticle(ElevantArticle article) {
    return new ArticleScorer(article).run();
  }

  /** ELEVANT's word_boundary: widens a span over letters, digits and {@code '"_}; code point indexes. */
  static Span wordBoundary(Span span, int[] text) {
    int s = span.start();
    int e = span.end();
    while (s > 0 && isWordChar(text[s - 1])) {
      s--;
    }
    // Stops one short of the text end, as ELEVANT does.
    while (e < text.length - 1 && isWordChar(text[e])) {
      e++;
    }
    if (s < text.length && text[s] == '"' && !containsQuote(text, s + 1, e)) {
      s++;
    }
    return s < e ? new Span(s, e) : span;
  }

  private static boolean containsQuote(int[] text, int from, int to) {
    for (int i = from; i < to && i < text.length; i++) {
      if (text[i] == '"') {
        return true;
      }
    }
    return false;
  }

  /** Python's str.isalnum() for one code point, plus the three characters ELEVANT adds. */
  private static boolean isWordChar(int cp) {
    if (cp == '\'' || cp == '"' || cp == '_') {
      return true;
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  private static final class Case {
    final ElevantLabel label;
    final boolean detected;
    final String predicted;
    final int factor;
    final boolean optional;
    boolean hasNonOptionalChildren;
    Map<Mode, Set<Type>> childTypes;
    final Map<Mode, Set<Type>> types = new EnumMap<>(Mode.class);

    Case(ElevantLabel label, boolean detected, String predicted, int factor) {
      this.label = label;
      this.detected = detected;
      this.predicted = predicted;
      this.factor = factor;
      this.optional = label != null && label.isOptional();
      compute();
    }

    void compute() {
      for (Mode m : Mode.values()) {
        types.put(m, type(m));
      }
    }

    boolean predictionKnown() {
      return detected && !ElevantIds.isUnknown(predicted);
    }

    private Set<Type> type(Mode mode) {
      boolean ign = mode == Mode.IGNORED;
      if (factor == 0) {
        if (childTypes == null) {
          return EnumSet.noneOf(Type.class);
        }
        Set<Type> c = childTypes.get(mode);
        if (c.contains(Type.FN)) {
          return EnumSet.of(Type.FN);
        }
        if (c.contains(Type.TP) && c.size() == 1) {
          return EnumSet.of(Type.TP);
        }
        return EnumSet.noneOf(Type.class);
      }
      if (label == null) {
        if (detected && !(ign && !predictionKnown())) {
          return EnumSet.of(Type.FP);
        }
        return EnumSet.noneOf(Type.class);
      }
      boolean goldKnown = label.isKnown();
      if (!detected) {
        if (optional && !hasNonOptionalChildren) {
          return EnumSet.noneOf(Type.class);
        }
        return ign && !goldKnown ? EnumSet.noneOf(Type.class) : EnumSet.of(Type.FN);
      }
      boolean predKnown = predictionKnown();
      if (optional) {
        if (predKnown) {
          return goldKnown && label.entityId().equals(predicted) ? EnumSet.noneOf(Type.class) : EnumSet.of(Type.FP);
        }
        boolean goldQd = label.isQuantity() || label.isDatetime();
        return (goldKnown || goldQd) && !ign ? EnumSet.of(Type.FP) : EnumSet.noneOf(Type.class);
      }
      if (goldKnown) {
        if (predKnown) {
          return label.entityId().equals(predicted) ? EnumSet.of(Type.TP) : EnumSet.of(Type.FN, Type.FP);
        }
        return ign ? EnumSet.of(Type.FN) : EnumSet.of(Type.FN, Type.FP);
      }
      if (predKnown) {
        return ign ? EnumSet.of(Type.FP) : EnumSet.of(Type.FN, Type.FP);
      }
      return ign ? EnumSet.noneOf(Type.class) : EnumSet.of(Type.TP);
    }
  }

  private static final class ArticleScorer {
    private final ElevantArticle article;
    private final int[] text;
    private final Map<Span, ElevantMention> predictions = new LinkedHashMap<>();
    private final Map<Span, ElevantMention> allPredictions = new LinkedHashMap<>();
    private final Map<Integer, ElevantLabel> labels = new HashMap<>();
    private final Map<Integer, Integer> factors = new HashMap<>();
    private final Map<Integer, Case> goldCases = new LinkedHashMap<>();

    ArticleScorer(ElevantArticle article) {
      this.article = article;
      this.text = article.text().codePoints().toArray();
      for (ElevantMention m : article.mentions()) {
        predictions.put(m.span(), m);
      }
      // Widened spans override exact ones, as in ELEVANT's dict update.
      allPredictions.putAll(predictions);
      Map<Span, ElevantMention> widened = new LinkedHashMap<>();
      predictions.forEach((s, m) -> widened.put(wordBoundary(s, text), m));
      allPredictions.putAll(widened);
      for (ElevantLabel l : article.labels()) {
        labels.put(l.id(), l);
      }
    }

    Map<Mode, Prf> run() {
      Set<Span> goldSpans = new HashSet<>();
      for (ElevantLabel l : article.labels()) {
        goldSpans.add(l.span());
        goldSpans.add(wordBoundary(l.span(), text));
      }
      List<ElevantLabel> ordered = new ArrayList<>();
      article.labels().stream().filter(l -> l.parent() == null).sorted(Comparator.comparingInt(ElevantLabel::id))
          .forEach(ordered::add);
      article.labels().stream().filter(l -> l.parent() != null).sorted(Comparator.comparingInt(ElevantLabel::id))
          .forEach(ordered::add);
      List<Case> cases = new ArrayList<>();
      for (ElevantLabel l : ordered) {
        ElevantMention pred = allPredictions.get(l.span());
        if (pred == null) {
          pred = allPredictions.get(wordBoundary(l.span(), text));
        }
        int factor = l.parent() == null ? factor(l.id(), false) : factors.getOrDefault(l.id(), 0);
        Case c = new Case(l, pred != null, pred == null ? null : pred.entityId(), factor);
        cases.add(c);
        goldCases.put(l.id(), c);
      }
      List<Span> predicted = new ArrayList<>(predictions.keySet());
      predicted.sort(BY_START_END);
      for (Span s : predicted) {
        ElevantMention m = predictions.get(s);
        if (!goldSpans.contains(s) && !goldSpans.contains(wordBoundary(s, text)) && m.entityId() != null
            && s.start() >= article.evaluationStart() && s.end() <= article.evaluationEnd()) {
          cases.add(new Case(null, true, m.entityId(), 1));
        }
      }
      reevaluateRoots();
      Map<Mode, Prf> out = new EnumMap<>(Mode.class);
      for (Mode mode : Mode.values()) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Case c : cases) {
          Set<Type> t = c.types.get(mode);
          boolean root = c.label != null && c.label.parent() == null;
          if (root && t.contains(Type.TP)) {
            tp++;
          }
          if (root && t.contains(Type.FN)) {
            fn++;
          }
          if (c.factor != 0 && t.contains(Type.FP)) {
            fp++;
          }
        }
        out.put(mode, new Prf(tp, fp, fn));
      }
      return out;
    }

    private void reevaluateRoots() {
      for (Case c : goldCases.values()) {
        if (c.label.parent() != null || c.label.children().isEmpty()) {
          continue;
        }
        if (c.optional) {
          c.hasNonOptionalChildren = hasNonOptionalChild(c.label);
          c.compute();
        }
        if (c.factor == 0) {
          c.childTypes = childTypes(c.label);
          c.compute();
        }
      }
    }

    private boolean hasNonOptionalChild(ElevantLabel l) {
      for (int id : l.children()) {
        ElevantLabel child = labels.get(id);
        if (!child.isOptional() || hasNonOptionalChild(child)) {
          return true;
        }
      }
      return false;
    }

    private Map<Mode, Set<Type>> childTypes(ElevantLabel l) {
      Map<Mode, Set<Type>> r = new EnumMap<>(Mode.class);
      for (Mode m : Mode.values()) {
        r.put(m, EnumSet.noneOf(Type.class));
      }
      for (int id : l.children()) {
        Map<Mode, Set<Type>> sub = childTypes(labels.get(id));
        Case c = goldCases.get(id);
        for (Mode m : Mode.values()) {
          r.get(m).addAll(sub.get(m));
          if (c.factor != 0) {
            r.get(m).addAll(c.types.get(m));
          }
        }
      }
      return r;
    }

    /** ELEVANT's recursively_determine_factor: 1 where a label counts, 0 where nested labels take its place. */
    private int factor(int labelId, boolean siblings) {
      ElevantLabel label = labels.get(labelId);
      if (label == null) {
        throw new IllegalArgumentException("article " + article.id() + " refers to a missing label " + labelId);
      }
      String pred;
      if (allPredictions.containsKey(label.span())) {
        pred = allPredictions.get(label.span()).entityId();
        if (ElevantIds.isUnknown(pred)) {
          // A NIL prediction is right for an unknown label.
          pred = ElevantIds.isUnknown(label.entityId()) ? label.entityId() : "Unknown";
        }
      } else {
        ElevantMention m = allPredictions.get(wordBoundary(label.span(), text));
        pred = m == null ? null : m.entityId();
      }
      boolean hasPred = pred != null && !pred.isEmpty();
      if (hasPred && label.entityId().equals(pred)) {
        if (!siblings) {
          factors.put(labelId, 1);
        }
        return 1;
      }
      int biggestChild = 0;
      for (int child : label.children()) {
        biggestChild = Math.max(biggestChild, factor(child, false));
      }
      if (label.parent() == null) {
        int f = biggestChild == 0 ? 1 : 0;
        if (!siblings) {
          factors.put(labelId, f);
        }
        return f;
      }
      int f = 0;
      ElevantLabel parent = labels.get(label.parent());
      if (hasPred && biggestChild == 0
          && !wordBoundary(parent.span(), text).equals(wordBoundary(label.span(), text))) {
        f = 1;
      } else if (!hasPred && !siblings && biggestChild == 0) {
        for (int sibling : parent.children()) {
          if (sibling != labelId && factor(sibling, true) > 0) {
            f = 1;
            break;
          }
        }
      }
      if (!siblings) {
        factors.put(labelId, f);
      }
      return Math.max(biggestChild, f);
    }
  }
}
