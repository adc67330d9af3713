package io.polylink.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the mentions of a linker that answers with Wikipedia titles into {@link PeerRun.Mention}s in QID space, with
 * code point offsets.
 *
 * @param titles the title-to-QID map
 * @param unlinked mentions the linker found but did not link: {@code drop} (not written) or {@code nil} (written as
 *     {@code <NIL>})
 * @param unmapped mentions linked to a title the map lacks: {@code drop}, {@code nil}, or {@code title} (written with
 *     the id {@code enwiki:<Title>}, which no gold QID equals, so it counts as a wrong link)
 */
public record TitleLinks(WikiTitles titles, String unlinked, String unmapped) {

  public TitleLinks {
    if (titles == null) {
      throw new IllegalArgumentException("titles must not be null");
    }
    if (!List.of("drop", "nil").contains(unlinked)) {
      throw new IllegalArgumentException("--unlinked must be drop or nil, got '" + unlinked + "'");
    }
    if (!List.of("drop", "nil", "title").contains(unmapped)) {
      throw new IllegalArgumentException("--unmapped must be drop, nil or title, got '" + unmapped + "'");
    }
  }

  /**
   * The mention of {@code text[begin, end)} (UTF-16 indexes, as Java and CoreNLP count), or null when the policy drops
   * it or the span is empty.
   *
   * @param title the linked Wikipedia title; null, empty or {@code O} for none
   * @param tag the linker's entity type (e.g. CoreNLP's NER tag), written as {@code ner} when not null
   */
  public PeerRun.Mention mention(String text, int begin, int end, String title, String tag) {
    if (begin < 0 || end > text.length() || end <= begin) {
      return null;
    }
    boolean linked = title != null && !title.isEmpty() && !title.equals("O");
    String id;
    if (!linked) {
      if (unlinked.equals("drop")) {
        return null;
      }
      id = "<NIL>";
    } else {
      String qid = titles.qid(title);
      if (qid != null) {
        id = qid;
      } else if (unmapped.equals("drop")) {
        return null;
      } else {
        id = unmapped.equals("nil") ? "<NIL>" : "enwiki:" + title.strip().replace(' ', '_');
      }
    }
    Map<String, String> extra = new HashMap<>();
    if (linked) {
      extra.put("wikipedia_title", title);
    }
    if (tag != null) {
      extra.put("ner", tag);
    }
    int start = text.codePointCount(0, begin);
    return new PeerRun.Mention(start, start + text.codePointCount(begin, end), id, extra);
  }
}
