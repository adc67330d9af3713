package io.polylink.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The JSON bodies of {@code /v1/link} and {@code /v1/redact} as records, bound by Jackson from the parsed tree
 * ({@link JsonBodies#object} has already refused malformed JSON, duplicate keys and lone surrogates). Binding refuses
 * unknown fields and values of the wrong kind; {@link #bind} turns Jackson's exceptions into one-line problems that
 * name the field and where it is, without Jackson's class names. Fields that take more than one kind ({@code id}: a
 * string or an integer; {@code languages}, {@code types}: an array or one comma-separated string; {@code policy}) stay
 * trees and are read by {@link V1Api}.
 */
final class V1Bodies {

  private V1Bodies() {}

  /** One document of a {@code documents} list. */
  record DocumentBody(String text, JsonNode id, String language) {}

  /** {@code POST /v1/link}: one document ({@code text}) or several ({@code documents}), and options. */
  record LinkBody(String text, JsonNode id, String language, List<DocumentBody> documents, JsonNode languages,
      java.math.BigDecimal confidence, JsonNode types, String format) {}

  /** {@code POST /v1/redact}: one document or several, and an optional policy replacing the server's. */
  record RedactBody(String text, JsonNode id, String language, List<DocumentBody> documents, JsonNode policy) {}

  /** What {@code documents} must hold, as the messages say it. */
  static final String DOCUMENT_SHAPE = "{\"text\", \"id\"?, \"language\"?}";

  private static final ObjectMapper BINDER = binder();

  private static ObjectMapper binder() {
    ObjectMapper m = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    // no coercion between kinds: 42 is no string, "0.5" no number, as the hand-written parsing had it
    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean}) {
      m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return m;
  }

  /** Binds {@code tree} to {@code type}; a problem is a 400 naming the field. */
  static <T> T bind(JsonNode tree, Class<T> type) {
    try {
      return BINDER.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      TreeSet<String> known = new TreeSet<>();
      Collection<Object> ids = e.getKnownPropertyIds();
      if (ids != null) {
        ids.forEach(o -> known.add(String.valueOf(o)));
      }
      throw Problem.badRequest("unknown field '" + e.getPropertyName() + "' in " + where(e.getPath())
          + "; expected " + String.join(", ", known));
    } catch (MismatchedInputException e) {
      throw Problem.badRequest(mismatch(tree, e));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // not expected from a tree; still one plain line
      throw Problem.badRequest("invalid request: " + io.polylink.kb.source.JsonErrors.plain(
          e instanceof JsonProcessingException j ? j : new JsonMappingException(null, e.getMessage())));
    }
  }

  /** "the request" for a top-level field, "documents[i]" for a field of a document. */
  private static String where(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.size() - 1; i++) {
      JsonMappingException.Reference r = path.get(i);
      if (r.getFieldName() != null) {
        b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.isEmpty() ? "the request" : b.toString();
  }

  private static String mismatch(JsonNode tree, MismatchedInputException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    JsonNode value = tree;
    for (JsonMappingException.Reference r : path) {
      value = value == null ? null : r.getFieldName() != null ? value.get(r.getFieldName()) : value.get(r.getIndex());
    }
    String kind = value == null ? "nothing" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
    JsonMappingException.Reference last = path.isEmpty() ? null : path.get(path.size() - 1);
    Class<?> target = e.getTargetType();
    if (last != null && last.getFieldName() == null) {
      // an element of a list: documents[i]
      return where(path) + "[" + last.getIndex() + "] must be an object, got " + kind;
    }
    String field = last == null ? "the request" : last.getFieldName();
    if (target != null && Collection.class.isAssignableFrom(target)) {
      return "'" + field + "' must be an array of " + DOCUMENT_SHAPE + " objects, got " + kind;
    }
    if (target == java.math.BigDecimal.class) {
      return "'" + field + "' must be a number in [0, 1], got " + value;
    }
    if (target == String.class) {
      return "'" + field + "' in " + where(path) + " must be a string, got " + kind;
    }
    return "'" + field + "' in " + where(path) + " has the wrong kind of value: " + kind;
  }
}
