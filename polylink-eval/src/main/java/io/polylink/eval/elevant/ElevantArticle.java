package io.polylink.eval.elevant;

import java.util.List;

/**
 * One line of an ELEVANT benchmark or {@code linked_articles.jsonl} file.
 *
 * @param id article id (news-fair's and wiki-fair's exceed the int range: 20181721955)
 * @param title title (often a source URI)
 * @param text the text
 * @param evaluationStart first code point scored
 * @param evaluationEnd code point after the last one scored
 * @param labels ground-truth labels
 * @param mentions predicted mentions in file order (empty for a benchmark file)
 */
public record ElevantArticle(long id, String title, String text, int evaluationStart, int evaluationEnd,
    List<ElevantLabel> labels, List<ElevantMention> mentions) {

  public ElevantArticle {
    if (text == null) {
      throw new IllegalArgumentException("article " + id + " has no text");
    }
    if (evaluationStart < 0 || evaluationEnd < evaluationStart) {
      throw new IllegalArgumentException("article " + id + " has a bad evaluation_span [" + evaluationStart + ", "
          + evaluationEnd + "]");
    }
    title = title == null ? "" : title;
    labels = List.copyOf(labels);
    mentions = List.copyOf(mentions);
  }

  /** The same article with other predictions. */
  public ElevantArticle withMentions(List<ElevantMention> predicted) {
    return new ElevantArticle(id, title, text, evaluationStart, evaluationEnd, labels, predicted);
  }
}
