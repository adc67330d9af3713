package io.polylink.kb.wikipedia;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.polylink.kb.source.CompressedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Wikipedia page titles to Wikidata ids, from the sitelinks of a Wikidata JSON dump (the array of entities,
 * one per line, plain, .gz or .bz2): how Wikipedia link statistics join a Wikidata KB.
 */
public final class SitelinkTitles {

  private SitelinkTitles() {}

  /** Title (normalized as a link target) to QID, for the sitelinks of {@code site} (e.g. {@code enwiki}). */
  public static Map<String, String> read(Path wikidataDump, String site) throws IOException {
    Map<String, String> out = new HashMap<>();
    JsonFactory f = new JsonFactory();
    try (InputStream in = CompressedInput.open(wikidataDump); JsonParser p = f.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw new IOException(wikidataDump + ": a Wikidata dump is one JSON array, found " + t);
      }
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        String id = null;
        String title = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("id")) {
            id = p.getText();
          } else if (field.equals("sitelinks") && p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String s = p.currentName();
              p.nextToken();
              if (s.equals(site) && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                  String k = p.currentName();
                  p.nextToken();
                  if (k.equals("title")) {
                    title = p.getText();
                  } else {
                    p.skipChildren();
                  }
                }
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
        String norm = title == null ? null : WikiText.normalizeTitle(title);
        if (id != null && norm != null) {
          out.put(norm, id);
        }
      }
      if (t != JsonToken.END_ARRAY) {
        throw new IOException(wikidataDump + ": expected an entity object or the end of the array, found " + t
            + " at line " + p.currentLocation().getLineNr());
      }
    }
    return out;
  }
}
