package io.polylink.server;

import io.javalin.http.Context;
import io.polylink.format.Spotlight;
import io.polylink.kb.store.EntityRecord;
import io.polylink.model.Candidate;
import io.polylink.model.Document;
import io.polylink.model.EntityType;
import io.polylink.model.EntityUris;
import io.polylink.model.Language;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DBpedia Spotlight's REST interface: {@code GET|POST /rest/annotate} and {@code /rest/candidates} with {@code text},
 * {@code confidence}, {@code support}, {@code types} and {@code policy} (whitelist or blacklist of the types), as
 * query parameters or a form body; JSON by default, XML for {@code Accept: text/xml} or {@code application/xml}.
 * {@code confidence} is the NIL threshold: mentions scoring below it are left out.
 */
final class SpotlightApi extends HttpApi {

  SpotlightApi(Linking linking, Bodies bodies, Workers workers, Metrics metrics) {
    super(linking, bodies, workers, metrics);
  }

  private record Request(String text, double confidence, long support, String typesParam, Set<EntityType> types,
      boolean blacklist, Language language, boolean xml) {}

  private Request request(Context ctx) {
    boolean xml = wantsXml(ctx);
    Map<String, String> params = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
    if (ctx.method().name().equals("POST")) {
      String type = Bodies.mediaType(ctx);
      String body = bodies.text(ctx);
      if (type.equals("application/x-www-form-urlencoded")) {
        Bodies.requireType(ctx, List.of("application/x-www-form-urlencoded"));
        Bodies.form(body).forEach(params::putIfAbsent);
      } else if (type.equals("text/plain")) {
        Bodies.requireType(ctx, List.of("text/plain"));
        params.putIfAbsent("text", body);
      } else if (!body.isEmpty() || !type.isEmpty()) {
        throw Problem.unsupportedMediaType("Content-Type " + (type.isEmpty() ? "is missing" : "'" + type
            + "' is not accepted") + " here; send application/x-www-form-urlencoded (text=...) or text/plain");
      }
    }
    if (params.containsKey("url") && !params.containsKey("text")) {
      throw Problem.badRequest("the 'url' parameter is not supported: Polylink does not fetch web pages; send 'text'");
    }
    String text = params.get("text");
    if (text == null || text.isBlank()) {
      throw Problem.badRequest("missing parameter 'text': the text to annotate");
    }
    double confidence = params.containsKey("confidence") ? V1Api.confidence(params.get("confidence"))
        : linking.linker(null).config().nilThreshold();
    long support = 0;
    String s = params.get("support");
    if (s != null && !s.isBlank()) {
      try {
        support = Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        support = -1;
      }
      if (support < 0) {
        throw Problem.badRequest("support must be a non-negative integer, got '" + s + "'");
      }
    }
    String typesParam = params.getOrDefault("types", "");
    Set<EntityType> types;
    try {
      types = Spotlight.parseTypes(typesParam);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
    String policy = params.getOrDefault("policy", "whitelist").strip().toLowerCase(Locale.ROOT);
    if (!policy.equals("whitelist") && !policy.equals("blacklist")) {
      throw Problem.badRequest("policy must be whitelist or blacklist, got '" + params.get("policy") + "'");
    }
    return new Request(text, confidence, support, typesParam, types, policy.equals("blacklist"),
        V1Api.language(params.get("language"), "language"), xml);
  }

  /** XML when the client asks for XML and not JSON first; 406 when it accepts neither. */
  static boolean wantsXml(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    int xml = Math.min(index(a, "text/xml"), index(a, "application/xml"));
    int json = index(a, "application/json");
    if (xml == Integer.MAX_VALUE && json == Integer.MAX_VALUE && !a.contains("*/*") && !a.contains("application/*")
        && !a.contains("text/html")) {
      throw new Problem(406, "Not Acceptable", "this endpoint answers application/json, text/xml or application/xml; "
          + "the request accepts only '" + accept + "'");
    }
    return xml < json;
  }

  private static int index(String s, String what) {
    int i = s.indexOf(what);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Runs on a worker: the linking and the answer after it. */
  private LinkedDocument linked(Request r) {
    LinkedDocument d = linking.link(new Document("", r.text(), r.language()), r.confidence(), List.of(), Set.of());
    metrics.documents("/rest", 1);
    List<Link> kept = new ArrayList<>();
    for (Link l : d.links()) {
      if (l.isNil()) {
        continue;
      }
      boolean typed = r.types().isEmpty() || r.types().contains(l.type()) != r.blacklist();
      if (typed && (r.support() == 0 || linking.popularity(l.entity()) >= r.support())) {
        kept.add(l);
      }
    }
    metrics.mentions(kept.size(), 0);
    return new LinkedDocument(d.document(), kept);
  }

  void annotate(Context ctx) {
    Request r = request(ctx);
    workers.respond(ctx, contentType(r), w -> annotation(r, w));
  }

  private static String contentType(Request r) {
    return r.xml() ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
  }

  private String annotation(Request r, AnswerWriter w) {
    LinkedDocument d = linked(r);
    Spotlight.Params p = new Spotlight.Params(r.confidence(), r.support(), r.typesParam());
    try {
      if (r.xml()) {
        Spotlight.annotationXml(w, r.text(), p, Spotlight.resources(d, linking::popularity));
      } else {
        Spotlight.annotationJson(w, r.text(), p, Spotlight.resources(d, linking::popularity));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  void candidates(Context ctx) {
    Request r = request(ctx);
    workers.respond(ctx, contentType(r), w -> candidates(r, w));
  }

  private String candidates(Request r, AnswerWriter w) {
    LinkedDocument d = linked(r);
    List<Spotlight.SurfaceForm> forms = new ArrayList<>();
    String lang = d.document().language().primary();
    for (Link l : d.links()) {
      List<Spotlight.Candidate> cs = new ArrayList<>();
      List<Candidate> ranked = l.candidates().isEmpty() ? List.of(new Candidate(l.entity(), l.score(), 0)) : l.candidates();
      // every kept alternative, however low its (calibrated) score: listing them is what /candidates is for
      for (int i = 0; i < ranked.size(); i++) {
        Candidate c = ranked.get(i);
        EntityRecord rec = linking.entity(c.id()).orElse(null);
        double next = i + 1 < ranked.size() ? ranked.get(i + 1).score() : 0;
        cs.add(new Spotlight.Candidate(rec == null ? c.id().value() : rec.label(lang), EntityUris.spotlightName(c.id()),
            c.score(), c.score() > 0 ? next / c.score() : 0, rec == null ? 0 : rec.popularity(), c.prior(), c.score(),
            Spotlight.types(rec == null ? EntityType.OTHER : rec.type())));
      }
      forms.add(new Spotlight.SurfaceForm(l.mention().surface(), l.span().start(), cs));
    }
    try {
      if (r.xml()) {
        Spotlight.candidatesXml(w, r.text(), forms);
      } else {
        Spotlight.candidatesJson(w, r.text(), forms);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

}
