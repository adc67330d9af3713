package io.polylink.eval.elevant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.eval.DatasetFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElevantReaderTest {

  @TempDir
  Path tmp;

  @Test
  void readsLabelsAndMentionsInCodePoints() throws Exception {
    Path f = tmp.resolve("x.linked_articles.jsonl");
    Files.writeString(f, "{\"id\": 3, \"title\": \"t\", \"text\": \"\uD83D\uDE00 Paris\", \"evaluation_span\": [0, 7],"
        + " \"labels\": [{\"id\": 0, \"span\": [2, 7], \"entity_id\": \"Q90\", \"name\": \"Paris\", \"type\": \"Q515\"}],"
        + " \"entity_mentions\": [{\"span\": [2, 7], \"id\": \"<NIL>\", \"candidates\": [\"Q90\"]}]}\n");
    var a = ElevantReader.read(f).get(0);
    assertEquals(3, a.id());
    assertEquals(7, a.evaluationEnd());
    assertEquals("Q90", a.labels().get(0).entityId());
    assertEquals("<NIL>", a.mentions().get(0).entityId());
  }

  @Test
  void badLinesNameFileLineAndReason() throws Exception {
    Path f = tmp.resolve("bad.jsonl");
    Files.writeString(f, "{\"id\": 0, \"text\": \"abc\", \"labels\": []}\n{\"id\": 1, \"text\": \"abc\", \"labels\":"
        + " [{\"id\": 0, \"span\": [1, 9], \"entity_id\": \"Q1\"}]}\n");
    var e = assertThrows(DatasetFormatException.class, () -> ElevantReader.read(f));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("bad.jsonl:2") && e.getMessage().contains("ends after the text"),
        e.getMessage());
    Files.writeString(f, "{not json\n");
    e = assertThrows(DatasetFormatException.class, () -> ElevantReader.read(f));
    assertTrue(e.getMessage().contains(":1: not valid JSON"), e.getMessage());
  }
}
