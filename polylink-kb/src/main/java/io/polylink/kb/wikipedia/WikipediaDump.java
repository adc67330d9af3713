package io.polylink.kb.wikipedia;

import io.polylink.kb.source.CompressedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the pages of a MediaWiki XML export ({@code pages-articles.xml}, plain, .gz or .bz2): title, namespace,
 * redirect target and the text of the page's (last) revision. Bounded memory: one page at a time.
 */
public final class WikipediaDump {

  /**
   * One page.
   *
   * @param title the title as written in the dump
   * @param namespace the namespace number (0 = articles)
   * @param redirect the redirect target title, null when the page is no redirect
   * @param text the wikitext of its revision ("" when absent)
   */
  public record Page(String title, int namespace, String redirect, String text) {}

  private WikipediaDump() {}

  /** Hands every page of {@code dump} to {@code sink}, in file order; returns the number of pages. */
  public static long read(Path dump, Consumer<Page> sink) throws IOException {
    try (InputStream in = CompressedInput.open(dump)) {
      return read(in, dump.toString(), sink);
    }
  }

  /** Reads pages from an XML stream; {@code source} names it in errors. */
  public static long read(InputStream in, String source, Consumer<Page> sink) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    long pages = 0;
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(in, "UTF-8");
      String title = null;
      int ns = 0;
      String redirect = null;
      String text = "";
      boolean inPage = false;
      boolean inRevision = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "page" -> {
              inPage = true;
              title = null;
              ns = 0;
              redirect = null;
              text = "";
            }
            case "title" -> {
              if (inPage) {
                title = r.getElementText();
              }
            }
            case "ns" -> {
              if (inPage) {
                ns = Integer.parseInt(r.getElementText().strip());
              }
            }
            case "redirect" -> {
              if (inPage) {
                redirect = r.getAttributeValue(null, "title");
              }
            }
            case "revision" -> inRevision = inPage;
            case "text" -> {
              if (inRevision) {
                text = r.getElementText();
              }
            }
            default -> { }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("revision")) {
            inRevision = false;
          } else if (r.getLocalName().equals("page") && inPage) {
            inPage = false;
            if (title != null) {
              sink.accept(new Page(title, ns, redirect, text));
              pages++;
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(source + ": not a MediaWiki XML export at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ": " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      throw new IOException(source + ": a <ns> element is not a number: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader that already failed
        }
      }
    }
    return pages;
  }
}
