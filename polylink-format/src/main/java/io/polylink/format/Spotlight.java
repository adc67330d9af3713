package io.polylink.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.EntityUris;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * DBpedia Spotlight's response formats, so Spotlight clients read Polylink's answers unchanged: {@code /rest/annotate}
 * as JSON ({@code @text}, {@code Resources}, {@code @URI}, {@code @surfaceForm}, {@code @offset},
 * {@code @similarityScore}, {@code @types}, {@code @support}, {@code @percentageOfSecondRank}; values as strings, as
 * Spotlight writes them) or XML ({@code <Annotation><Resources><Resource URI=.../>}), and {@code /rest/candidates}.
 * Offsets are code points. NIL mentions have no Spotlight form and are left out.
 */
public final class Spotlight {
  private Spotlight() {}

  private static final JsonFactory JSON = new JsonFactory();

  /** The request's parameters, echoed in the answer as Spotlight does. */
  public record Params(double confidence, long support, String types) {
    public Params {
      types = types == null ? "" : types;
    }

    public static Params defaults() {
      return new Params(0.0, 0, "");
    }
  }

  /** One annotated resource. */
  public record Resource(String uri, long support, String types, String surfaceForm, int offset, double similarityScore,
      double percentageOfSecondRank) {}

  /** One candidate of a surface form ({@code /rest/candidates}); {@code uri} is the entity id, as Spotlight's local name. */
  public record Candidate(String label, String uri, double contextualScore, double percentageOfSecondRank, long support,
      double priorScore, double finalScore, String types) {}

  /** One spotted surface form with its candidates. */
  public record SurfaceForm(String name, int offset, List<Candidate> resources) {}

  /**
   * The resources of a linked document: its non-NIL links, with the entity's popularity as support.
   *
   * @param support the support of an entity (0 when unknown)
   */
  public static List<Resource> resources(LinkedDocument doc, ToLongFunction<EntityId> support) {
    List<Resource> out = new ArrayList<>();
    for (Link l : doc.links()) {
      if (l.isNil()) {
        continue;
      }
      double second = l.candidates().size() > 1 ? l.candidates().get(1).score() : 0;
      out.add(new Resource(EntityUris.linkedData(l.entity()), support.applyAsLong(l.entity()), types(l.type()), l.mention().surface(),
          l.span().start(), l.score(), l.score() > 0 ? second / l.score() : 0));
    }
    return out;
  }

  /**
   * Spotlight's type strings for a coarse type: the Polylink code first, then DBpedia's and schema.org's class
   * (e.g. {@code Polylink:LOC,DBpedia:Place,Schema:Place}).
   */
  public static String types(EntityType t) {
    return switch (t) {
      case PERSON -> "Polylink:PER,DBpedia:Person,Schema:Person";
      case LOCATION -> "Polylink:LOC,DBpedia:Place,Schema:Place";
      case ORGANIZATION -> "Polylink:ORG,DBpedia:Organisation,Schema:Organization";
      case LANGUAGE -> "Polylink:LANG,DBpedia:Language,Schema:Language";
      case CURRENCY -> "Polylink:CUR,DBpedia:Currency";
      case WORK -> "Polylink:WORK,DBpedia:Work,Schema:CreativeWork";
      case EVENT -> "Polylink:EVENT,DBpedia:Event,Schema:Event";
      case OTHER -> "Polylink:MISC";
    };
  }

  /**
   * Parses a {@code types} filter: comma-separated Polylink codes ({@code PER}, {@code Polylink:LOC}) or the DBpedia
   * and schema.org classes of {@link #types}, case-insensitively. Empty means no filter.
   *
   * @throws IllegalArgumentException naming the first type it does not know
   */
  public static Set<EntityType> parseTypes(String filter) {
    Set<EntityType> out = EnumSet.noneOf(EntityType.class);
    if (filter == null || filter.isBlank()) {
      return out;
    }
    for (String raw : filter.split(",")) {
      String t = raw.strip();
      if (!t.isEmpty()) {
        out.add(typeOf(t));
      }
    }
    return out;
  }

  private static EntityType typeOf(String t) {
    for (EntityType et : EntityType.values()) {
      if (et.code().equalsIgnoreCase(t) || et.name().equalsIgnoreCase(t)) {
        return et;
      }
      for (String known : types(et).split(",")) {
        if (known.equalsIgnoreCase(t)) {
          return et;
        }
      }
    }
    throw new IllegalArgumentException("unknown type '" + t + "' in types; use PER, LOC, ORG, LANG, CUR, WORK, EVENT, "
        + "MISC, or DBpedia:/Schema: classes such as DBpedia:Person, Schema:Place");
  }

  private static String num(double d) {
    return Double.toString(d);
  }

  /** {@code /rest/annotate} as JSON. */
  public static void annotationJson(Writer out, String text, Params p, List<Resource> resources) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("@text", text);
      g.writeStringField("@confidence", num(p.confidence()));
      g.writeStringField("@support", Long.toString(p.support()));
      g.writeStringField("@types", p.types());
      g.writeStringField("@sparql", "");
      g.writeStringField("@policy", "whitelist");
      g.writeArrayFieldStart("Resources");
      for (Resource r : resources) {
        g.writeStartObject();
        g.writeStringField("@URI", r.uri());
        g.writeStringField("@support", Long.toString(r.support()));
        g.writeStringField("@types", r.types());
        g.writeStringField("@surfaceForm", r.surfaceForm());
        g.writeStringField("@offset", Integer.toString(r.offset()));
        g.writeStringField("@similarityScore", num(r.similarityScore()));
        g.writeStringField("@percentageOfSecondRank", num(r.percentageOfSecondRank()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** {@code /rest/annotate} as XML: {@code <Annotation text=...><Resources><Resource URI=... /></Resources></Annotation>}. */
  public static void annotationXml(Writer out, String text, Params p, List<Resource> resources) throws IOException {
    StringBuilder x = new StringBuilder(256 + text.length() + resources.size() * 200);
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Annotation");
    attr(x, "text", text);
    attr(x, "confidence", num(p.confidence()));
    attr(x, "support", Long.toString(p.support()));
    attr(x, "types", p.types());
    attr(x, "sparql", "");
    attr(x, "policy", "whitelist");
    x.append(">\n<Resources>\n");
    for (Resource r : resources) {
      x.append("<Resource");
      attr(x, "URI", r.uri());
      attr(x, "support", Long.toString(r.support()));
      attr(x, "types", r.types());
      attr(x, "surfaceForm", r.surfaceForm());
      attr(x, "offset", Integer.toString(r.offset()));
      attr(x, "similarityScore", num(r.similarityScore()));
      attr(x, "percentageOfSecondRank", num(r.percentageOfSecondRank()));
      x.append("/>\n");
    }
    x.append("</Resources>\n</Annotation>\n");
    out.write(x.toString());
  }

  /** {@code /rest/candidates} as JSON: {@code {"annotation":{"@text", "surfaceForm":[{"@name","@offset","resource":[...]}]}}}. */
  public static void candidatesJson(Writer out, String text, List<SurfaceForm> forms) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeObjectFieldStart("annotation");
      g.writeStringField("@text", text);
      g.writeArrayFieldStart("surfaceForm");
      for (SurfaceForm sf : forms) {
        g.writeStartObject();
        g.writeStringField("@name", sf.name());
        g.writeStringField("@offset", Integer.toString(sf.offset()));
        g.writeArrayFieldStart("resource");
        for (Candidate c : sf.resources()) {
          g.writeStartObject();
          g.writeStringField("@label", c.label());
          g.writeStringField("@uri", c.uri());
          g.writeStringField("@contextualScore", num(c.contextualScore()));
          g.writeStringField("@percentageOfSecondRank", num(c.percentageOfSecondRank()));
          g.writeStringField("@support", Long.toString(c.support()));
          g.writeStringField("@priorScore", num(c.priorScore()));
          g.writeStringField("@finalScore", num(c.finalScore()));
          g.writeStringField("@types", c.types());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /** {@code /rest/candidates} as XML: {@code <annotation text=...><surfaceForm name offset><resource .../>}. */
  public static void candidatesXml(Writer out, String text, List<SurfaceForm> forms) throws IOException {
    StringBuilder x = new StringBuilder(256 + text.length());
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<annotation");
    attr(x, "text", text);
    x.append(">\n");
    for (SurfaceForm sf : forms) {
      x.append("<surfaceForm");
      attr(x, "name", sf.name());
      attr(x, "offset", Integer.toString(sf.offset()));
      x.append(">\n");
      for (Candidate c : sf.resources()) {
        x.append("<resource");
        attr(x, "label", c.label());
        attr(x, "uri", c.uri());
        attr(x, "contextualScore", num(c.contextualScore()));
        attr(x, "percentageOfSecondRank", num(c.percentageOfSecondRank()));
        attr(x, "support", Long.toString(c.support()));
        attr(x, "priorScore", num(c.priorScore()));
        attr(x, "finalScore", num(c.finalScore()));
        attr(x, "types", c.types());
        x.append("/>\n");
      }
      x.append("</surfaceForm>\n");
    }
    x.append("</annotation>\n");
    out.write(x.toString());
  }

  /**
   * Appends {@code name="value"} with XML escaping; tab, line feed and carriage return become character references
   * so that they survive attribute-value normalization, and characters XML 1.0 cannot carry at all (other C0
   * controls, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, one for one, so offsets still hold.
   */
  static void attr(StringBuilder x, String name, String value) {
    x.append(' ').append(name).append("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        case '"' -> x.append("&quot;");
        case '\t' -> x.append("&#9;");
        case '\n' -> x.append("&#10;");
        case '\r' -> x.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            x.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            x.append('\uFFFD');
          } else {
            x.append(c);
          }
        }
      }
    }
    x.append('"');
  }
}
