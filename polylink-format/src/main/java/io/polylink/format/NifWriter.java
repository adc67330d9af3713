package io.polylink.format;

import io.polylink.model.EntityUris;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes NIF 2.0 Turtle the way GERBIL's NIF transfer library does: one {@code nif:Context} per document with
 * {@code nif:isString}, and {@code nif:Phrase} resources with {@code nif:anchorOf}, {@code nif:beginIndex},
 * {@code nif:endIndex} (code points, as NIF requires), {@code nif:referenceContext}, {@code itsrdf:taIdentRef} and
 * {@code itsrdf:taConfidence}. Resource URIs are {@code <document URI>#char=<begin>,<end>}.
 *
 * <pre>{@code
 * NifWriter nif = new NifWriter(out).prefixes();
 * String ctx = nif.context("http://example.org/doc1", text, Language.of("en"));
 * nif.phrase(ctx, "http://example.org/doc1", new Span(0, 5), "Paris", "http://www.wikidata.org/entity/Q90", 0.9);
 * }</pre>
 */
public final class NifWriter {

  public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  /** Where Polylink's NIL URIs live: outside every KB, so GERBIL counts them as emerging entities. */
  public static final String NIL_BASE = "https://polylink.io/nil/";

  private final Appendable out;

  public NifWriter(Appendable out) {
    this.out = out;
  }

  /** The URI standing for a NIL mention with this surface (one per surface, like a NIL cluster of one name). */
  public static String nilUri(String surface) {
    return NIL_BASE + URLEncoder.encode(surface, StandardCharsets.UTF_8);
  }

  /** True for URIs made by {@link #nilUri}. */
  public static boolean isNilUri(String uri) {
    return uri.startsWith(NIL_BASE);
  }

  /**
   * The URI a link points to: the entity's linked-data URI ({@link EntityUris#linkedData}: DBpedia for English
   * Wikipedia titles, Wikidata for Q-ids), or {@link #nilUri} of its surface.
   */
  public static String identRef(Link l) {
    return l.isNil() ? nilUri(l.mention().surface()) : EntityUris.linkedData(l.entity());
  }

  /** The NIF URI of a span of a document: {@code <doc>#char=<begin>,<end>}. */
  public static String spanUri(String documentUri, int begin, int end) {
    return documentUri + "#char=" + begin + "," + end;
  }

  /** Writes the prefix lines; call once, first. */
  public NifWriter prefixes() throws IOException {
    out.append("@prefix nif: <").append(NIF).append("> .\n");
    out.append("@prefix itsrdf: <").append(ITSRDF).append("> .\n");
    out.append("@prefix xsd: <").append(XSD).append("> .\n\n");
    return this;
  }

  /**
   * Writes a document's context resource and returns its URI ({@code documentUri#char=0,<length>}).
   *
   * @param language written as the literal's language tag unless undetermined or null
   */
  public String context(String documentUri, String text, Language language) throws IOException {
    int length = text.codePointCount(0, text.length());
    String ctx = spanUri(documentUri, 0, length);
    return context(ctx, length, text, language);
  }

  /** Writes a context resource under a given URI (a request's own context URI, kept as sent). */
  public String context(String contextUri, int length, String text, Language language) throws IOException {
    out.append(Turtle.iri(contextUri)).append("\n  a nif:String , nif:Context , nif:RFC5147String ;\n");
    out.append("  nif:beginIndex \"0\"^^xsd:nonNegativeInteger ;\n");
    out.append("  nif:endIndex \"").append(Integer.toString(length)).append("\"^^xsd:nonNegativeInteger ;\n");
    out.append("  nif:isString ").append(Turtle.literal(text));
    if (language != null && !language.isUndetermined()) {
      out.append('@').append(language.code());
    }
    out.append(" .\n\n");
    return contextUri;
  }

  /**
   * Writes one phrase of a context.
   *
   * @param identRef the entity URI, or null for a span without a link
   * @param confidence written as {@code itsrdf:taConfidence} unless NaN
   */
  public void phrase(String contextUri, String documentUri, Span span, String anchor, String identRef, double confidence)
      throws IOException {
    out.append(Turtle.iri(spanUri(documentUri, span.start(), span.end()))).append('\n');
    out.append("  a nif:String , nif:Phrase , nif:RFC5147String ;\n");
    out.append("  nif:anchorOf ").append(Turtle.literal(anchor)).append(" ;\n");
    out.append("  nif:beginIndex \"").append(Integer.toString(span.start())).append("\"^^xsd:nonNegativeInteger ;\n");
    out.append("  nif:endIndex \"").append(Integer.toString(span.end())).append("\"^^xsd:nonNegativeInteger ;\n");
    out.append("  nif:referenceContext ").append(Turtle.iri(contextUri));
    if (!Double.isNaN(confidence)) {
      out.append(" ;\n  itsrdf:taConfidence \"").append(Double.toString(confidence)).append("\"^^xsd:double");
    }
    if (identRef != null) {
      out.append(" ;\n  itsrdf:taIdentRef ").append(Turtle.iri(identRef));
    }
    out.append(" .\n\n");
  }

  /**
   * Writes a linked document: its context and one phrase per link (NIL links point to {@link #nilUri}).
   *
   * @param contextUri the context URI to use, or null for {@code documentUri#char=0,<length>}
   */
  public void document(String documentUri, String contextUri, LinkedDocument doc) throws IOException {
    String text = doc.document().text();
    int length = text.codePointCount(0, text.length());
    String ctx = context(contextUri != null ? contextUri : spanUri(documentUri, 0, length), length, text,
        doc.document().language());
    for (Link l : doc.links()) {
      phrase(ctx, documentUri, l.span(), TextOffsets.substring(text, l.span()), identRef(l), l.score());
    }
  }
}
