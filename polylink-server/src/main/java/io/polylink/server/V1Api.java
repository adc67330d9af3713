package io.polylink.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.polylink.format.NifWriter;
import io.polylink.format.PolylinkJson;
import io.polylink.format.Spotlight;
import io.polylink.kb.store.EntityRecord;
import io.polylink.model.Document;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.EntityUris;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.redact.Policy;
import io.polylink.redact.RedactedDocument;
import io.polylink.redact.RedactionException;
import io.polylink.redact.Redactor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Polylink's own JSON API: {@code POST /v1/link}, {@code POST /v1/redact}, {@code GET /v1/entities/<id>}. */
final class V1Api extends HttpApi {

  static final JsonFactory JSON = new JsonFactory();
  private static final List<String> JSON_OR_TEXT = List.of("application/json", "text/plain");

  private final Redactor redactor;
  private final Function<Policy, Redactor> redactorFor;
  private final int maxDocuments;

  V1Api(Linking linking, Bodies bodies, Workers workers, Metrics metrics, Redactor redactor,
      Function<Policy, Redactor> redactorFor, int maxDocuments) {
    super(linking, bodies, workers, metrics);
    this.redactor = redactor;
    this.redactorFor = redactorFor;
    this.maxDocuments = maxDocuments;
  }

  /** What a link request asks for. */
  record LinkRequest(List<Document> documents, boolean single, List<Language> languages, Double confidence,
      Set<EntityType> types, String format) {}

  void link(Context ctx) {
    String type = Bodies.requireType(ctx, JSON_OR_TEXT);
    String body = bodies.text(ctx);
    LinkRequest req = type.equals("text/plain") ? fromQuery(ctx, body) : fromJson(JsonBodies.object(body));
    String contentType = switch (req.format()) {
      case "nif" -> "text/turtle";
      case "llm" -> "text/plain";
      default -> "application/json";
    } + "; charset=utf-8";
    workers.respond(ctx, contentType, w -> {
      List<LinkedDocument> linked = new ArrayList<>(req.documents().size());
      for (Document d : req.documents()) {
        linked.add(linking.link(d, req.confidence(), req.languages(), req.types()));
      }
      count(linked);
      switch (req.format()) {
        case "nif" -> nif(linked, w);
        case "spotlight" -> spotlight(linked, req, w);
        case "llm" -> LlmAnswer.write(linked, linking, w);
        default -> json(linked, req.single(), w);
      }
      return w.toString();
    });
  }

  private void count(List<LinkedDocument> linked) {
    int nil = 0;
    int total = 0;
    for (LinkedDocument d : linked) {
      for (Link l : d.links()) {
        total++;
        nil += l.isNil() ? 1 : 0;
      }
    }
    metrics.documents("/v1/link", linked.size());
    metrics.mentions(total - nil, nil);
  }

  private LinkRequest fromQuery(Context ctx, String body) {
    if (body.isBlank()) {
      throw Problem.badRequest("the request body is empty; send the text to link");
    }
    Language lang = language(ctx.queryParam("language"), "language");
    return new LinkRequest(List.of(new Document("", body, lang)), true, languages(split(ctx.queryParam("languages"))),
        confidence(ctx.queryParam("confidence")), types(split(ctx.queryParam("types"))), format(ctx.queryParam("format")));
  }

  private LinkRequest fromJson(JsonNode n) {
    V1Bodies.LinkBody b = V1Bodies.bind(n, V1Bodies.LinkBody.class);
    List<Document> docs;
    boolean single = b.documents() == null;
    if (!single) {
      if (b.text() != null) {
        throw Problem.badRequest("give either 'text' or 'documents', not both");
      }
      docs = documents(b.documents());
    } else {
      requireText(b.text());
      docs = List.of(new Document(id(b.id()), nonEmpty(b.text(), "'text'"), language(b.language(), "language")));
    }
    return new LinkRequest(docs, single, languages(strings(b.languages(), "languages")), unit(b.confidence(),
        "confidence"), types(strings(b.types(), "types")), format(b.format()));
  }

  private List<Document> documents(List<V1Bodies.DocumentBody> list) {
    if (list.isEmpty()) {
      throw Problem.badRequest("'documents' is empty; send at least one document");
    }
    if (list.size() > maxDocuments) {
      throw Problem.tooLarge("'documents' holds " + list.size() + " documents; at most " + maxDocuments
          + " per request");
    }
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      V1Bodies.DocumentBody d = list.get(i);
      String where = "documents[" + i + "]";
      if (d == null) {
        throw Problem.badRequest(where + " must be an object, got null");
      }
      if (d.text() == null) {
        throw Problem.badRequest("missing 'text' in " + where);
      }
      out.add(new Document(id(d.id()), nonEmpty(d.text(), where + ".text"), language(d.language(),
          where + ".language")));
    }
    return out;
  }

  private static void requireText(String text) {
    if (text == null) {
      throw Problem.badRequest("give 'text' (one document) or 'documents' (a list of " + V1Bodies.DOCUMENT_SHAPE
          + ")");
    }
  }

  private static String id(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual() && !v.isIntegralNumber()) {
      throw Problem.badRequest("'id' must be a string or an integer, got " + JsonBodies.kind(v));
    }
    return v.asText();
  }

  /** A number in [0, 1] or null. */
  private static Double unit(java.math.BigDecimal v, String field) {
    if (v == null) {
      return null;
    }
    double d = v.doubleValue();
    if (!(d >= 0 && d <= 1)) {
      throw Problem.badRequest("'" + field + "' must be a number in [0, 1], got " + v);
    }
    return d;
  }

  /** A list of strings given as an array or one comma-separated string; empty when absent. */
  private static List<String> strings(JsonNode v, String field) {
    com.fasterxml.jackson.databind.node.ObjectNode holder = JsonBodies.MAPPER.createObjectNode();
    if (v != null) {
      holder.set(field, v);
    }
    return JsonBodies.optStrings(holder, field);
  }

  private static String nonEmpty(String text, String what) {
    if (text.isEmpty()) {
      throw Problem.badRequest(what + " is empty; send some text");
    }
    return text;
  }

  static List<String> split(String csv) {
    List<String> out = new ArrayList<>();
    if (csv != null) {
      for (String s : csv.split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  static Language language(String code, String what) {
    if (code == null || code.isBlank()) {
      return Language.UNDETERMINED;
    }
    try {
      return Language.of(code);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("invalid " + what + " '" + code + "': " + e.getMessage());
    }
  }

  static List<Language> languages(List<String> codes) {
    List<Language> out = new ArrayList<>();
    for (String c : codes) {
      out.add(language(c, "language in 'languages'"));
    }
    return out;
  }

  static Double confidence(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(s.strip());
      if (d >= 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw Problem.badRequest("confidence must be a number in [0, 1], got '" + s + "'");
  }

  static Set<EntityType> types(List<String> names) {
    Set<EntityType> out = EnumSet.noneOf(EntityType.class);
    try {
      for (String n : names) {
        out.addAll(Spotlight.parseTypes(n));
      }
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
    return out;
  }

  static String format(String f) {
    if (f == null || f.isBlank()) {
      return "json";
    }
    String lower = f.strip().toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "json", "nif", "spotlight", "llm" -> lower;
      case "turtle", "ttl" -> "nif";
      default -> throw Problem.badRequest("format must be json, nif, spotlight or llm, got '" + f + "'");
    };
  }

  private void json(List<LinkedDocument> docs, boolean single, java.io.Writer w) {
    try (JsonGenerator g = JSON.createGenerator(w)) {
      if (!single) {
        g.writeStartObject();
        g.writeArrayFieldStart("documents");
      }
      for (LinkedDocument d : docs) {
        Language lang = d.document().language();
        PolylinkJson.writeDocument(g, d, (gen, l) -> {
          if (l.isNil()) {
            gen.writeNullField("uri");
            gen.writeStringField("description", "");
          } else {
            gen.writeStringField("uri", EntityUris.web(l.entity()));
            gen.writeStringField("description", linking.description(l.entity(), lang));
            gen.writeBooleanField("uri_local", EntityUris.isLocal(l.entity()));
          }
        });
      }
      if (!single) {
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void nif(List<LinkedDocument> docs, Appendable sb) {
    NifWriter nif = new NifWriter(sb);
    try {
      nif.prefixes();
      for (int i = 0; i < docs.size(); i++) {
        LinkedDocument d = docs.get(i);
        String id = d.document().id();
        nif.document("https://polylink.io/doc/" + (id.isEmpty() ? String.valueOf(i + 1)
            : URLEncoder.encode(id, StandardCharsets.UTF_8)), null, d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void spotlight(List<LinkedDocument> docs, LinkRequest req, java.io.Writer w) {
    Spotlight.Params p = new Spotlight.Params(req.confidence() == null ? linking.linker(null).config().nilThreshold()
        : req.confidence(), 0, String.join(",", req.types().stream().map(EntityType::code).toList()));
    try {
      if (!req.single()) {
        w.write("{\"documents\":[");
      }
      for (int i = 0; i < docs.size(); i++) {
        if (i > 0) {
          w.write(',');
        }
        LinkedDocument d = docs.get(i);
        Spotlight.annotationJson(w, d.document().text(), p, Spotlight.resources(d, linking::popularity));
      }
      if (!req.single()) {
        w.write("]}");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void entity(Context ctx) {
    String raw = ctx.pathParam("id");
    EntityId id;
    try {
      id = EntityId.of(raw);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("invalid entity id: " + e.getMessage());
    }
    EntityRecord r = linking.entity(id).orElseThrow(() -> Problem.notFound("no entity '" + raw + "' in the KB"));
    Language lang = language(ctx.queryParam("language"), "language");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", r.id().value());
      g.writeStringField("uri", EntityUris.web(r.id()));
      // true when 'uri' is a urn:polylink: identifier that resolves nowhere (no public page is known for the id)
      g.writeBooleanField("uri_local", EntityUris.isLocal(r.id()));
      String l = lang.isUndetermined() ? "en" : lang.primary();
      g.writeStringField("label", r.label(l));
      g.writeStringField("description", r.description(l));
      g.writeStringField("type", r.type().code());
      g.writeNumberField("popularity", r.popularity());
      var e = r.toEntity();
      fields(g, "labels", e.labels());
      fields(g, "aliases", e.aliases());
      fields(g, "descriptions", e.descriptions());
      fields(g, "relations", e.relations());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    ctx.contentType("application/json; charset=utf-8").result(w.toString());
  }

  /** An object field {@code name} of strings or lists of strings, one field per entry of {@code values}. */
  private static void fields(JsonGenerator g, String name, Map<String, ?> values) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, ?> x : values.entrySet()) {
      if (x.getValue() instanceof List<?> list) {
        stringArray(g, x.getKey(), list);
      } else {
        g.writeStringField(x.getKey(), String.valueOf(x.getValue()));
      }
    }
    g.writeEndObject();
  }

  /** An array field of strings. */
  static void stringArray(JsonGenerator g, String name, List<?> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (Object v : values) {
      g.writeString(String.valueOf(v));
    }
    g.writeEndArray();
  }

  void redact(Context ctx) {
    Bodies.requireType(ctx, List.of("application/json"));
    V1Bodies.RedactBody n = V1Bodies.bind(JsonBodies.object(bodies.text(ctx)), V1Bodies.RedactBody.class);
    Redactor r = redactor;
    if (n.policy() != null && !n.policy().isNull()) {
      try {
        r = redactorFor.apply(Policy.parse(n.policy()));
      } catch (IllegalArgumentException e) {
        throw Problem.badRequest("invalid policy: " + e.getMessage());
      }
    }
    List<Document> docs;
    boolean single = n.documents() == null;
    if (single) {
      requireText(n.text());
      docs = List.of(new Document(id(n.id()), nonEmpty(n.text(), "'text'"), language(n.language(), "language")));
    } else {
      if (n.text() != null) {
        throw Problem.badRequest("give either 'text' or 'documents', not both");
      }
      docs = documents(n.documents());
    }
    Redactor use = r;
    workers.respond(ctx, "application/json; charset=utf-8", w -> {
      List<RedactedDocument> out = new ArrayList<>();
      for (Document d : docs) {
        out.add(use.redact(d.id(), d.text(), d.language().isUndetermined() ? "" : d.language().code()));
      }
      metrics.documents("/v1/redact", docs.size());
      redacted(docs, out, single, w);
      return w.toString();
    });
  }

  private static void redacted(List<Document> docs, List<RedactedDocument> out, boolean single, java.io.Writer w) {
    try (JsonGenerator g = JSON.createGenerator(w)) {
      if (!single) {
        g.writeStartObject();
        g.writeArrayFieldStart("documents");
      }
      for (int i = 0; i < out.size(); i++) {
        g.writeStartObject();
        if (!docs.get(i).id().isEmpty()) {
          g.writeStringField("id", docs.get(i).id());
        }
        g.writeStringField("text", out.get(i).text());
        g.writeFieldName("report");
        Redactor.writeReport(g, out.get(i).report());
        g.writeEndObject();
      }
      if (!single) {
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A redaction that failed: the document is not returned, and the message says which and why. */
  static Problem redactionFailed(RedactionException e) {
    return new Problem(422, "Unprocessable Content", "redaction failed, nothing returned: " + e.getMessage());
  }
}
