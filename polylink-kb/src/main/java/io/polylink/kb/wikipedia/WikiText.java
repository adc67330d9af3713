package io.polylink.kb.wikipedia;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The internal links of wikitext, and its readable text with markup removed, for anchor statistics. */
final class WikiText {

  /** Prefixes that make a link something other than an article link (files, categories, other wikis, ...). */
  private static final Set<String> NON_ARTICLE = Set.of("file", "image", "category", "template", "wikipedia", "wp",
      "help", "portal", "special", "talk", "user", "media", "wiktionary", "wikt", "draft", "module", "mediawiki");

  /** One link: its target title (normalized) and the anchor text shown. */
  record Link(String target, String anchor) {}

  private WikiText() {}

  /**
   * The article links of the prose of {@code text} (templates, tables, references and comments left out):
   * [[Target]], [[Target|anchor]], [[Target#section|anchor]], [[Target]]s.
   */
  static List<Link> links(String wikitext) {
    String text = prose(wikitext);
    List<Link> out = new ArrayList<>();
    int i = 0;
    while ((i = text.indexOf("[[", i)) >= 0) {
      int end = text.indexOf("]]", i + 2);
      if (end < 0) {
        break;
      }
      String inner = text.substring(i + 2, end);
      int next = end + 2;
      if (inner.indexOf('[') >= 0) { // a nested link inside a file caption: move past the opening only
        i += 2;
        continue;
      }
      int bar = inner.indexOf('|');
      String target = bar < 0 ? inner : inner.substring(0, bar);
      // a link trail ("[[bus]]es") extends the anchor
      int trail = next;
      while (trail < text.length() && Character.isLetter(text.charAt(trail))) {
        trail++;
      }
      String t = normalizeTitle(target);
      String shown = bar < 0 ? stripFragment(target) : inner.substring(bar + 1);
      if (t != null && !shown.isBlank()) {
        out.add(new Link(t, (shown + text.substring(next, trail)).strip()));
        next = trail;
      }
      i = next;
    }
    return out;
  }

  private static String stripFragment(String s) {
    int h = s.indexOf('#');
    return h >= 0 ? s.substring(0, h) : s;
  }

  /**
   * A link target as a page title: fragment dropped, underscores as spaces, runs of spaces collapsed, first letter
   * upper case; null for links to other namespaces or wikis and for in-page links.
   */
  static String normalizeTitle(String target) {
    String t = stripFragment(target).replace('_', ' ').strip().replaceAll("\\s+", " ");
    if (t.startsWith(":")) {
      t = t.substring(1).strip();
    }
    if (t.isEmpty()) {
      return null;
    }
    int colon = t.indexOf(':');
    if (colon > 0) {
      String prefix = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (NON_ARTICLE.contains(prefix) || prefix.matches("[a-z]{2,3}(-[a-z]+)?")) {
        return null;
      }
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  /**
   * The readable text: templates, tables, references, comments and tags removed; links replaced by their anchors.
   * Good enough to count how often a name occurs unlinked.
   */
  static String plain(String wikitext) {
    String text = prose(wikitext);
    StringBuilder b = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.startsWith("[[", i)) {
        int e = text.indexOf("]]", i + 2);
        if (e > 0 && text.substring(i + 2, e).indexOf('[') < 0) {
          String inner = text.substring(i + 2, e);
          int bar = inner.indexOf('|');
          if (normalizeTitle(bar < 0 ? inner : inner.substring(0, bar)) != null) {
            b.append(bar < 0 ? stripFragment(inner) : inner.substring(inner.lastIndexOf('|') + 1));
          }
          i = e + 2;
          continue;
        }
      }
      char c = text.charAt(i);
      if (c == '<') {
        int e = text.indexOf('>', i);
        if (e > 0) {
          i = e + 1;
          continue;
        }
      }
      if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
        i += 2;
        continue;
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  /** The text without templates, tables, references and comments (links and other markup kept). */
  static String prose(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int depth = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.startsWith("{{", i) || text.startsWith("{|", i)) {
        depth++;
        i += 2;
        continue;
      }
      if (depth > 0 && (text.startsWith("}}", i) || text.startsWith("|}", i))) {
        depth--;
        i += 2;
        continue;
      }
      if (depth > 0) {
        i++;
        continue;
      }
      if (text.startsWith("<!--", i)) {
        int e = text.indexOf("-->", i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      if (text.startsWith("<ref", i)) {
        int selfClose = text.indexOf("/>", i);
        int close = text.indexOf("</ref>", i);
        int tagEnd = text.indexOf('>', i);
        if (selfClose >= 0 && selfClose + 1 == tagEnd) {
          i = tagEnd + 1;
        } else {
          i = close < 0 ? n : close + 6;
        }
        continue;
      }
      b.append(text.charAt(i));
      i++;
    }
    return b.toString();
  }
}
