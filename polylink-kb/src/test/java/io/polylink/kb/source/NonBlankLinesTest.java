package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonBlankLinesTest {

  private static List<String> numbered(String input, long before) throws Exception {
    NonBlankLines lines = new NonBlankLines(new BufferedReader(new StringReader(input)), before);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      out.add(lines.number() + ":" + lines.text());
    }
    return out;
  }

  @Test
  void blankLinesAreSkippedButCounted() throws Exception {
    assertEquals(List.of("1:a", "3:b", "5:c"), numbered("a\n\nb\n \t\nc\n\n", 0));
    assertEquals(List.of("2:x", "4:y"), numbered("x\r\n\r\ny", 1));
    assertEquals(List.of(), numbered("", 0));
  }

  @Test
  void noCurrentLineBeforeNextOrAfterTheEnd() throws Exception {
    NonBlankLines lines = new NonBlankLines(new BufferedReader(new StringReader("\n")));
    assertThrows(IllegalStateException.class, lines::text);
    assertFalse(lines.next());
    assertThrows(IllegalStateException.class, lines::text);
    assertThrows(IllegalArgumentException.class, () -> new NonBlankLines(null));
  }
}
