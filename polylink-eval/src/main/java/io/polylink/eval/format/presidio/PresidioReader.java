package io.polylink.eval.format.presidio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polylink.eval.Annotation;
import io.polylink.eval.Dataset;
import io.polylink.eval.DatasetFormatException;
import io.polylink.eval.EvalDocument;
import io.polylink.model.Language;
import io.polylink.model.Span;
import io.polylink.model.TextOffsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * presidio-research JSON: an array of {@code {full_text, spans[{entity_type, entity_value, start_position,
 * end_position}]}}. Positions are Python string indexes (code points). Documents are named by their array index.
 */
public final class PresidioReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PresidioReader() {}

  /** Reads the whole file; the line in an error is the line where the bad record starts. */
  public static Dataset read(Path file, String name) {
    List<EvalDocument> docs = new ArrayList<>();
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new DatasetFormatException(file, p.currentLocation().getLineNr(), "expected a JSON array of records");
      }
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonLocation at = p.currentLocation();
        JsonNode rec = JSON.readTree(p);
        docs.add(record(file, at.getLineNr(), index++, rec));
      }
    } catch (JsonProcessingException e) {
      throw new DatasetFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Dataset(name, docs);
  }

  private static EvalDocument record(Path file, long line, int index, JsonNode rec) {
    JsonNode t = rec.get("full_text");
    if (t == null || !t.isTextual()) {
      throw new DatasetFormatException(file, line, "record " + index + " has no string 'full_text'");
    }
    String text = t.asText();
    int cps = text.codePointCount(0, text.length());
    List<Annotation> gold = new ArrayList<>();
    for (JsonNode s : rec.path("spans")) {
      if (!s.path("entity_type").isTextual() || !s.path("start_position").canConvertToInt()
          || !s.path("end_position").canConvertToInt()) {
        throw new DatasetFormatException(file, line, "record " + index
            + ": span needs entity_type, start_position and end_position, got " + s);
      }
      int start = s.get("start_position").asInt();
      int end = s.get("end_position").asInt();
      if (start < 0 || end <= start || end > cps) {
        throw new DatasetFormatException(file, line, "record " + index + ": span [" + start + ", " + end
            + ") outside the text of " + cps + " code points");
      }
      Span span = new Span(start, end);
      String value = s.path("entity_value").asText(null);
      if (value != null && !value.equals(TextOffsets.substring(text, span))) {
        throw new DatasetFormatException(file, line, "record " + index + ": entity_value '" + value
            + "' differs from the text at " + span);
      }
      gold.add(Annotation.gold(span, null, s.get("entity_type").asText()));
    }
    return new EvalDocument(Integer.toString(index), text, Language.of("en"), gold);
  }
}
