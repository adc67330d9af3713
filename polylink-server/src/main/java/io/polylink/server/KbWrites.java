package io.polylink.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.polylink.kb.source.JsonlSource;
import io.polylink.kb.source.SourceException;
import io.polylink.kb.store.EntityAddition;
import io.polylink.kb.store.KbBusyException;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.LiveAddSummary;
import io.polylink.model.Entity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/kb/entities}: adds entities to the live KB. Requires {@code Authorization: Bearer <token>} with the
 * server's admin token (401 otherwise; 403 when the server has no token, i.e. writes are off). The body is
 * {@code {"entities":[...]}} (JSON) or one entity per line ({@code application/x-ndjson}), each in the KB's JSONL
 * schema ({@code polylink-kb/SOURCES.md}), validated by the same reader {@code kb build} uses; one bad entity rejects
 * the request and nothing is added. The entities go to {@link KnowledgeBase#add}: one durable, atomic commit,
 * linkable by the next request; an id the KB already has is replaced. The answer lists the ids added and replaced.
 */
final class KbWrites {

  private static final Set<String> FIELDS = Set.of("entities");

  private final byte[] token;
  private final KnowledgeBase kb;
  private final Bodies bodies;
  private final Workers workers;
  private final Metrics metrics;

  KbWrites(String token, KnowledgeBase kb, Bodies bodies, Workers workers, Metrics metrics) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.kb = kb;
    this.bodies = bodies;
    this.workers = workers;
    this.metrics = metrics;
  }

  boolean enabled() {
    return token != null;
  }

  void add(Context ctx) {
    authorize(ctx.header("Authorization"));
    String type = Bodies.requireType(ctx, List.of("application/json", "application/x-ndjson", "application/jsonl"));
    String body = bodies.text(ctx);
    List<String> lines = type.equals("application/json") ? linesOf(JsonBodies.object(body)) : ndjson(body);
    List<Entity> entities = parse(lines);
    LiveAddSummary summary = workers.run(() -> {
      try {
        return kb.add(entities.stream().map(EntityAddition::of).toList());
      } catch (IllegalArgumentException e) {
        throw Problem.badRequest("entity rejected, nothing added: " + e.getMessage());
      } catch (KbBusyException e) {
        throw Problem.unavailable("the KB is busy with another writer; nothing added, retry shortly");
      }
    });
    metrics.documents("/v1/kb/entities", entities.size());
    StringWriter w = new StringWriter();
    try (JsonGenerator g = V1Api.JSON.createGenerator(w)) {
      g.writeStartObject();
      V1Api.stringArray(g, "added", summary.added());
      V1Api.stringArray(g, "replaced", summary.replaced());
      g.writeNumberField("kb_entities", kb.size());
      g.writeNumberField("live_entities", summary.liveEntities());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.status(summary.added().isEmpty() ? 200 : 201).contentType("application/json; charset=utf-8").result(w.toString());
  }

  /** Checks the bearer token in constant time. */
  void authorize(String header) {
    if (token == null) {
      throw new Problem(403, "Forbidden", "KB writes are off: the server was started without an admin token "
          + "(--admin-token-file or POLYLINK_ADMIN_TOKEN)");
    }
    if (header == null || header.isBlank()) {
      throw new Problem(401, "Unauthorized", "KB writes need 'Authorization: Bearer <admin token>'");
    }
    String h = header.strip();
    if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      throw new Problem(401, "Unauthorized", "the Authorization header must be 'Bearer <admin token>'");
    }
    byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw new Problem(401, "Unauthorized", "the bearer token is not the server's admin token");
    }
  }

  private static List<String> linesOf(JsonNode n) {
    JsonBodies.onlyFields(n, FIELDS, "the request");
    JsonNode arr = n.get("entities");
    if (arr == null || !arr.isArray()) {
      throw Problem.badRequest("'entities' must be an array of entities in the KB's JSONL schema, e.g. "
          + "{\"entities\":[{\"id\":\"kb:acme\",\"names\":{\"en\":[\"Acme\"]}}]}");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : arr) {
      out.add(e.toString());
    }
    return out;
  }

  private static List<String> ndjson(String body) {
    List<String> out = new ArrayList<>();
    for (String line : body.split("\r?\n", -1)) {
      out.add(line);
      int entity = out.size(); // numbered by line, as the KB's reader numbers them
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = JsonBodies.MAPPER.readTree(line);
      } catch (java.io.IOException e) {
        continue; // the KB's reader reports it below, with the line
      }
      if (n != null) {
        try {
          JsonBodies.requireUnicode(n, "");
        } catch (Problem p) {
          throw Problem.badRequest("entity " + entity + ": " + p.detail());
        }
      }
    }
    return out;
  }

  /** Reads the lines with the KB's own JSONL reader (one schema, one set of messages) through a temporary file. */
  private static List<Entity> parse(List<String> lines) {
    if (lines.stream().allMatch(String::isBlank)) {
      throw Problem.badRequest("no entities given");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile("polylink-add-", ".jsonl");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      List<Entity> out = new ArrayList<>();
      new JsonlSource(tmp).read(out::add);
      Set<String> ids = new LinkedHashSet<>();
      for (Entity e : out) {
        if (!ids.add(e.id().value())) {
          throw Problem.badRequest("entity '" + e.id() + "' is given twice");
        }
      }
      return out;
    } catch (SourceException e) {
      String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
      String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      throw Problem.badRequest("entity " + (e.line() > 0 ? e.line() : "?") + ": " + reason);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the entities", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          tmp.toFile().deleteOnExit();
        }
      }
    }
  }
}
