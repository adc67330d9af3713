package io.polylink.eval.format.nif;

import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.EvalDocument;
import io.polylink.format.NifWriter;
import io.polylink.model.Language;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;

/**
 * NIF 2.0 in Turtle (GERBIL datasets and outputs): {@code nif:Context} resources with {@code nif:isString}; phrases
 * with {@code nif:referenceContext}, {@code nif:beginIndex}, {@code nif:endIndex} (code points, as NIF requires) and
 * {@code itsrdf:taIdentRef}. Wikidata entity URIs become QIDs; a phrase without a link or linked to a
 * {@code notInWiki} or Polylink NIL URI ({@link NifWriter#nilUri}) is NIL; other URIs are kept whole. Written by the
 * shared {@link NifWriter}.
 */
public final class Nif {

  static final String NIF = NifWriter.NIF;
  static final String ITSRDF = NifWriter.ITSRDF;
  private static final String WD = "http://www.wikidata.org/entity/";

  /** Syntax errors as exceptions that carry their line as a number; warnings ignored, as Jena's default does. */
  private static final org.apache.jena.riot.system.ErrorHandler SYNTAX_ERRORS =
      new org.apache.jena.riot.system.ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
          throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
          throw new RiotParseException(message, line, col);
        }
      };

  private Nif() {}

  /** Reads a Turtle NIF file; syntax errors carry Jena's line, semantic ones the line where the resource appears. */
  public static Dataset read(Path file, String name, Language language) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Model m = ModelFactory.createDefaultModel();
    try {
      // Jena's default handler formats "[line: N, col: M ]" in the default locale (Bengali digits under bn): take
      // the line as a number instead
      RDFParser.fromString(content, Lang.TURTLE).errorHandler(SYNTAX_ERRORS).parse(m);
    } catch (RiotParseException e) {
      throw new DatasetFormatException(file, e.getLine(), "Turtle syntax: " + e.getOriginalMessage(), e);
    } catch (RiotException e) {
      throw new DatasetFormatException(file, 0, "Turtle: " + e.getMessage(), e);
    }
    Property isString = m.createProperty(NIF, "isString");
    Property refContext = m.createProperty(NIF, "referenceContext");
    Property begin = m.createProperty(NIF, "beginIndex");
    Property end = m.createProperty(NIF, "endIndex");
    Property anchor = m.createProperty(NIF, "anchorOf");
    Property ident = m.createProperty(ITSRDF, "taIdentRef");
    Map<String, String> texts = new LinkedHashMap<>();
    m.listStatements(null, isString, (RDFNode) null).forEachRemaining(s -> texts.put(s.getSubject().getURI(),
        s.getString()));
    Map<String, List<Annotation>> gold = new LinkedHashMap<>();
    texts.keySet().forEach(k -> gold.put(k, new ArrayList<>()));
    for (Statement s : m.listStatements(null, refContext, (RDFNode) null).toList()) {
      Resource phrase = s.getSubject();
      String ctx = s.getResource().getURI();
      String text = texts.get(ctx);
      long line = lineOf(content, phrase.getURI());
      if (text == null) {
        throw new DatasetFormatException(file, line, "phrase " + phrase + " refers to context " + ctx
            + " which has no nif:isString");
      }
      if (!phrase.hasProperty(begin) || !phrase.hasProperty(end)) {
        throw new DatasetFormatException(file, line, "phrase " + phrase + " lacks nif:beginIndex or nif:endIndex");
      }
      int b;
      int e;
      try {
        b = phrase.getProperty(begin).getInt();
        e = phrase.getProperty(end).getInt();
      } catch (RuntimeException ex) {
        throw new DatasetFormatException(file, line, "phrase " + phrase + " has non-integer offsets", ex);
      }
      int cps = text.codePointCount(0, text.length());
      if (b < 0 || e <= b || e > cps) {
        throw new DatasetFormatException(file, line, "phrase " + phrase + " offsets [" + b + ", " + e
            + ") outside its context of " + cps + " code points");
      }
      Span span = new Span(b, e);
      if (phrase.hasProperty(anchor) && !phrase.getProperty(anchor).getString().equals(TextOffsets.substring(text,
          span))) {
        throw new DatasetFormatException(file, line, "nif:anchorOf '" + phrase.getProperty(anchor).getString()
            + "' differs from the context text at " + span + ": '" + TextOffsets.substring(text, span) + "'");
      }
      String entity = null;
      if (phrase.hasProperty(ident)) {
        entity = entityOf(phrase.getProperty(ident).getObject());
      }
      gold.get(ctx).add(Annotation.gold(span, entity, ""));
    }
    List<EvalDocument> docs = new ArrayList<>();
    texts.forEach((uri, text) -> docs.add(new EvalDocument(uri, text, language, gold.get(uri))));
    docs.sort(Comparator.comparing(EvalDocument::id));
    return new Dataset(name, docs);
  }

  private static String entityOf(RDFNode n) {
    String uri = n.isResource() ? n.asResource().getURI() : n.toString();
    if (uri == null || uri.contains("notInWiki") || uri.isBlank() || NifWriter.isNilUri(uri)) {
      return null;
    }
    return uri.startsWith(WD) ? uri.substring(WD.length()) : uri;
  }

  private static long lineOf(String content, String uri) {
    if (uri == null) {
      return 0;
    }
    int at = content.indexOf("<" + uri + ">");
    if (at < 0) {
      return 0;
    }
    return content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Writes documents with the given annotations as NIF Turtle; ids that are not URIs get a {@code polylink:} base. */
  public static String write(List<EvalDocument> docs, List<List<Annotation>> annotations) {
    StringBuilder sb = new StringBuilder();
    NifWriter nif = new NifWriter(sb);
    try {
      nif.prefixes();
      for (int i = 0; i < docs.size(); i++) {
        EvalDocument d = docs.get(i);
        String base = d.id().contains("://") ? d.id().replaceFirst("#.*$", "") : "https://polylink.io/doc/" + i;
        String ctx = nif.context(base, d.text(), null);
        for (Annotation a : annotations.get(i)) {
          nif.phrase(ctx, base, a.span(), TextOffsets.substring(d.text(), a.span()), a.isNil()
              ? "http://aksw.org/notInWiki/" + i + "_" + a.span().start() : uriOf(a.entity()), Double.NaN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  private static String uriOf(String entity) {
    return entity.contains("://") ? entity : io.polylink.model.EntityUris.linkedData(new io.polylink.model.EntityId(entity));
  }
}
