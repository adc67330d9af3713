package io.polylink.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writers for linked documents: Polylink JSON (one object per line), NIF 2.0 Turtle (GERBIL), and DBpedia Spotlight's
 * JSON. Offsets are code points in all three.
 */
enum OutputFormat {
  JSON, NIF, SPOTLIGHT;

  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  static OutputFormat parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "nif", "turtle", "ttl" -> NIF;
      case "spotlight" -> SPOTLIGHT;
      default -> throw new IllegalArgumentException("--format must be json, nif or spotlight; got '" + s + "'");
    };
  }

  void write(LinkedDocument doc, int index, Writer out) throws IOException {
    switch (this) {
      case JSON -> writeJson(doc, out);
      case NIF -> writeNif(doc, index, out);
      case SPOTLIGHT -> writeSpotlight(doc, out);
    }
  }

  /** {@code {"text":..., "language":..., "mentions":[{"start","end","surface","id","label","score","nil","type"}]}}. */
  static void writeJson(LinkedDocument doc, Writer out) throws IOException {
    try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      if (!doc.document().id().isEmpty()) {
        g.writeStringField("id", doc.document().id());
      }
      g.writeStringField("text", doc.document().text());
      g.writeStringField("language", doc.document().language().code());
      g.writeArrayFieldStart("mentions");
      for (Link l : doc.links()) {
        writeMention(g, l);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  static void writeMention(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", l.span().start());
    g.writeNumberField("end", l.span().end());
    g.writeStringField("surface", l.mention().surface());
    if (l.isNil()) {
      g.writeNullField("id");
    } else {
      g.writeStringField("id", l.entity().value());
    }
    g.writeStringField("label", l.label());
    g.writeNumberField("score", l.score());
    g.writeBooleanField("nil", l.isNil());
    g.writeStringField("type", l.type().code());
    g.writeEndObject();
  }

  private static void writeNif(LinkedDocument doc, int index, Writer out) throws IOException {
    String text = doc.document().text();
    int length = text.codePointCount(0, text.length());
    String base = "https://polylink.io/doc/" + (doc.document().id().isEmpty() ? String.valueOf(index + 1)
        : java.net.URLEncoder.encode(doc.document().id(), java.nio.charset.StandardCharsets.UTF_8));
    if (index == 0) {
      out.write("@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .\n");
      out.write("@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .\n");
      out.write("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n");
    }
    String ctx = "<" + base + "#char=0," + length + ">";
    out.write(ctx + "\n  a nif:String , nif:Context , nif:RFC5147String ;\n");
    out.write("  nif:beginIndex \"0\"^^xsd:nonNegativeInteger ;\n");
    out.write("  nif:endIndex \"" + length + "\"^^xsd:nonNegativeInteger ;\n");
    out.write("  nif:isString " + turtleString(text) + (doc.document().language().isUndetermined() ? "" : "@" + doc.document().language().code()) + " .\n\n");
    for (Link l : doc.links()) {
      String uri = l.isNil() ? "https://polylink.io/nil/" + java.net.URLEncoder.encode(l.mention().surface(),
          java.nio.charset.StandardCharsets.UTF_8) : l.entity().uri();
      out.write("<" + base + "#char=" + l.span().start() + "," + l.span().end() + ">\n");
      out.write("  a nif:String , nif:Phrase , nif:RFC5147String ;\n");
      out.write("  nif:anchorOf " + turtleString(l.mention().surface()) + " ;\n");
      out.write("  nif:beginIndex \"" + l.span().start() + "\"^^xsd:nonNegativeInteger ;\n");
      out.write("  nif:endIndex \"" + l.span().end() + "\"^^xsd:nonNegativeInteger ;\n");
      out.write("  nif:referenceContext " + ctx + " ;\n");
      out.write("  itsrdf:taConfidence \"" + l.score() + "\"^^xsd:double ;\n");
      out.write("  itsrdf:taIdentRef <" + uri + "> .\n\n");
    }
  }

  /** A Turtle long-string-safe literal: escapes backslash, quotes and control characters. */
  static String turtleString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** DBpedia Spotlight's /rest/annotate JSON, with Polylink ids as URIs. */
  private static void writeSpotlight(LinkedDocument doc, Writer out) throws IOException {
    try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("@text", doc.document().text());
      g.writeStringField("@confidence", "0.0");
      g.writeStringField("@support", "0");
      g.writeStringField("@types", "");
      g.writeStringField("@sparql", "");
      g.writeStringField("@policy", "whitelist");
      g.writeArrayFieldStart("Resources");
      for (Link l : doc.links()) {
        if (l.isNil()) {
          continue;
        }
        double second = l.candidates().size() > 1 ? l.candidates().get(1).score() : 0;
        g.writeStartObject();
        g.writeStringField("@URI", l.entity().uri());
        g.writeStringField("@support", "0");
        g.writeStringField("@types", l.type().code());
        g.writeStringField("@surfaceForm", l.mention().surface());
        g.writeStringField("@offset", String.valueOf(l.span().start()));
        g.writeStringField("@similarityScore", String.valueOf(l.score()));
        g.writeStringField("@percentageOfSecondRank", String.valueOf(l.score() > 0 ? second / l.score() : 0));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }
}
