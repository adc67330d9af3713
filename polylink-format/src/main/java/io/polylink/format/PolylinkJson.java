package io.polylink.format;

import com.fasterxml.jackson.core.JsonGenerator;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.io.IOException;

/**
 * Polylink's JSON for linked documents, the contract of {@code polylink link} and {@code POST /v1/link}:
 * {@code {"id"?, "text", "language", "mentions":[{"start","end","surface","id","label","score","nil","type"}]}}, offsets
 * in code points, {@code id} null for NIL.
 */
public final class PolylinkJson {
  private PolylinkJson() {}

  /** More fields for a mention, written after the contract's (the server adds {@code uri} and {@code description}). */
  @FunctionalInterface
  public interface MentionExtras {
    MentionExtras NONE = (g, l) -> {};

    void write(JsonGenerator g, Link link) throws IOException;
  }

  /** Writes one document object. */
  public static void writeDocument(JsonGenerator g, LinkedDocument doc, MentionExtras extras) throws IOException {
    g.writeStartObject();
    if (!doc.document().id().isEmpty()) {
      g.writeStringField("id", doc.document().id());
    }
    g.writeStringField("text", doc.document().text());
    g.writeStringField("language", doc.document().language().code());
    g.writeArrayFieldStart("mentions");
    for (Link l : doc.links()) {
      writeMention(g, l, extras);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes one mention object. */
  public static void writeMention(JsonGenerator g, Link l, MentionExtras extras) throws IOException {
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
    extras.write(g, l);
    g.writeEndObject();
  }
}
