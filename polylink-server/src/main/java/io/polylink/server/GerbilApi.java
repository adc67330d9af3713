package io.polylink.server;

import io.javalin.http.Context;
import io.polylink.format.NifWriter;
import io.polylink.model.Document;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.vocabulary.RDF;

/**
 * GERBIL's NIF web service contract: GERBIL posts one document as Turtle ({@code Content-Type: application/x-turtle},
 * one {@code nif:Context} with {@code nif:isString}; for D2KB also the {@code nif:Phrase}s to disambiguate) and reads
 * back the first {@code nif:Context} of the answer with the phrases whose {@code nif:referenceContext} is that
 * context. The answer keeps the request's context URI and adds one phrase per mention with {@code nif:anchorOf},
 * code-point offsets, {@code itsrdf:taIdentRef} (the entity's full URI; NIL as a Polylink NIL URI, outside every KB)
 * and {@code itsrdf:taConfidence}.
 */
final class GerbilApi extends HttpApi {

  static final List<String> TURTLE = List.of("application/x-turtle", "text/turtle");

  GerbilApi(Linking linking, Bodies bodies, Workers workers, Metrics metrics) {
    super(linking, bodies, workers, metrics);
  }

  /** The request document: the context resource, its text and language, and the phrases given (D2KB). */
  record NifRequest(String contextUri, String documentUri, String text, Language language, List<Span> spans) {}

  void a2kb(Context ctx) {
    NifRequest req = parse(ctx, false);
    Double confidence = V1Api.confidence(ctx.queryParam("confidence"));
    workers.respond(ctx, "application/x-turtle; charset=utf-8", w -> answer(req, linking.link(new Document(
        req.documentUri(), req.text(), req.language()), confidence, List.of(), Set.of()), w));
  }

  void d2kb(Context ctx) {
    NifRequest req = parse(ctx, true);
    Double confidence = V1Api.confidence(ctx.queryParam("confidence"));
    workers.respond(ctx, "application/x-turtle; charset=utf-8", w -> answer(req, linking.linkSpans(new Document(
        req.documentUri(), req.text(), req.language()), req.spans(), confidence), w));
  }

  /** Runs on the worker, so the deadline and the size cap cover writing the answer. */
  private String answer(NifRequest req, LinkedDocument d, AnswerWriter w) {
    int nil = 0;
    NifWriter nif = new NifWriter(w);
    try {
      nif.prefixes();
      nif.context(req.contextUri(), req.text().codePointCount(0, req.text().length()), req.text(), req.language());
      for (Link l : d.links()) {
        nil += l.isNil() ? 1 : 0;
        nif.phrase(req.contextUri(), req.documentUri(), l.span(), TextOffsets.substring(req.text(), l.span()),
            NifWriter.identRef(l), l.score());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    metrics.documents("/gerbil", 1);
    metrics.mentions(d.links().size() - nil, nil);
    return w.toString();
  }

  /** Parses GERBIL's request; every way it can be wrong is a 400 or 415 with a one-line reason. */
  NifRequest parse(Context ctx, boolean withSpans) {
    Bodies.requireType(ctx, TURTLE);
    String body = bodies.text(ctx);
    if (body.isBlank()) {
      throw Problem.badRequest("the request body is empty; send one NIF document as Turtle");
    }
    Model m = ModelFactory.createDefaultModel();
    try {
      RDFParser.fromString(body, Lang.TURTLE).errorHandler(new Strict()).parse(m);
    } catch (RiotException e) {
      throw Problem.badRequest("malformed Turtle: " + String.valueOf(e.getMessage()).replace('\n', ' '));
    } catch (StackOverflowError e) {
      // Jena's Turtle parser recurses once per nested [ ] or ( ); thousands of levels overflow its thread's stack
      throw Problem.badRequest("the Turtle is nested too deeply (blank nodes [ ] or lists ( ) inside one another); "
          + "GERBIL documents need no nesting");
    }
    Property isString = m.createProperty(NifWriter.NIF, "isString");
    Resource contextType = m.createResource(NifWriter.NIF + "Context");
    List<Resource> contexts = new ArrayList<>();
    m.listSubjectsWithProperty(RDF.type, contextType).forEachRemaining(r -> {
      if (r.hasProperty(isString)) {
        contexts.add(r);
      }
    });
    if (contexts.size() != 1) {
      throw Problem.badRequest("expected one nif:Context with nif:isString, found " + contexts.size()
          + (contexts.isEmpty() ? "" : "; send one document per request"));
    }
    Resource context = contexts.get(0);
    if (context.getURI() == null) {
      throw Problem.badRequest("the nif:Context must have a URI, not a blank node");
    }
    RDFNode textNode = context.getProperty(isString).getObject();
    if (!textNode.isLiteral()) {
      throw Problem.badRequest("nif:isString must be a literal");
    }
    Literal lit = textNode.asLiteral();
    String text = lit.getLexicalForm();
    if (text.isEmpty()) {
      throw Problem.badRequest("nif:isString is empty; nothing to link");
    }
    Language lang = Language.UNDETERMINED;
    if (!lit.getLanguage().isEmpty()) {
      lang = V1Api.language(lit.getLanguage(), "language tag of nif:isString");
    }
    String uri = context.getURI();
    int hash = uri.lastIndexOf('#');
    String documentUri = hash > 0 ? uri.substring(0, hash) : uri;
    List<Span> spans = withSpans ? spans(m, context, text) : List.of();
    return new NifRequest(uri, documentUri, text, lang, spans);
  }

  private static List<Span> spans(Model m, Resource context, String text) {
    Property ref = m.createProperty(NifWriter.NIF, "referenceContext");
    Property begin = m.createProperty(NifWriter.NIF, "beginIndex");
    Property end = m.createProperty(NifWriter.NIF, "endIndex");
    Property anchor = m.createProperty(NifWriter.NIF, "anchorOf");
    int length = text.codePointCount(0, text.length());
    List<Span> spans = new ArrayList<>();
    for (Resource phrase : m.listSubjectsWithProperty(ref, context).toList()) {
      String name = phrase.getURI() == null ? "a blank-node phrase" : "phrase <" + phrase.getURI() + ">";
      Statement b = phrase.getProperty(begin);
      Statement e = phrase.getProperty(end);
      if (b == null || e == null) {
        throw Problem.badRequest(name + " lacks nif:beginIndex or nif:endIndex");
      }
      int bi;
      int ei;
      try {
        bi = b.getInt();
        ei = e.getInt();
      } catch (RuntimeException ex) {
        throw Problem.badRequest(name + " has offsets that are not integers");
      }
      if (bi < 0 || ei <= bi || ei > length) {
        throw Problem.badRequest(name + " offsets [" + bi + ", " + ei + ") are outside its context of " + length
            + " code points");
      }
      Span span = new Span(bi, ei);
      Statement a = phrase.getProperty(anchor);
      if (a != null && a.getObject().isLiteral() && !a.getString().equals(TextOffsets.substring(text, span))) {
        throw Problem.badRequest(name + " nif:anchorOf '" + a.getString() + "' differs from the context text at " + span
            + ": '" + TextOffsets.substring(text, span) + "' (offsets must count code points)");
      }
      if (!spans.contains(span)) {
        spans.add(span);
      }
    }
    if (spans.isEmpty()) {
      throw Problem.badRequest("D2KB needs the phrases to disambiguate: no nif:Phrase refers to the context");
    }
    spans.sort(Comparator.naturalOrder());
    return spans;
  }

  /** Syntax errors fail the request with their line and column; warnings (odd but readable IRIs) are ignored. */
  private static final class Strict implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {}

    @Override
    public void error(String message, long line, long col) {
      throw new RiotException(at(line, col) + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new RiotException(at(line, col) + message);
    }

    private static String at(long line, long col) {
      return line < 0 ? "" : "line " + line + ", column " + col + ": ";
    }
  }
}
