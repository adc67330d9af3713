package io.polylink.eval;

import io.polylink.model.Document;
import io.polylink.model.Language;
import java.util.Comparator;
import java.util.List;

/**
 * A dataset document with its gold annotations.
 *
 * @param id the document id, unique within its dataset
 * @param text the text (may be empty for datasets without running text, e.g. PPRforNED)
 * @param language the language, {@link Language#UNDETERMINED} when not known
 * @param gold gold annotations, sorted by span
 */
public record EvalDocument(String id, String text, Language language, List<Annotation> gold) {

  public EvalDocument {
    if (id == null || text == null) {
      throw new IllegalArgumentException("document needs an id and a text, got id=" + id);
    }
    language = language == null ? Language.UNDETERMINED : language;
    gold = gold.stream().sorted(Comparator.comparing(Annotation::span)).toList();
    int cps = text.codePointCount(0, text.length());
    for (Annotation a : gold) {
      if (!text.isEmpty() && a.span().end() > cps) {
        throw new IllegalArgumentException("document '" + id + "': gold span " + a.span() + " ends after the text ("
            + cps + " code points)");
      }
    }
  }

  /** The model document a linker takes. */
  public Document toDocument() {
    return new Document(id, text, language);
  }
}
