package io.polylink.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's ELEVANT figure tables are generated from the regression files by the report code: this test fails
 * when they differ, and {@code -Dpolylink.readme.write=true} writes them anew (review the diff).
 */
class ReadmeFiguresTest {

  static final String BEGIN = "<!-- generated from polylink-eval/src/test/resources/regressions by ReadmeFiguresTest "
      + "(mvn -pl polylink-eval test -Dtest=ReadmeFiguresTest -Dpolylink.readme.write=true): do not edit by hand -->";
  static final String END = "<!-- end of generated figures -->";

  @Test
  void readmeTablesAreTheRegressionFiles() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    assertTrue(b >= 0 && e > b, "README.md holds the generated block");
    String generated = SuiteReport.readmeTables(SuiteReport.files(Path.of("src/test/resources/regressions/elevant")));
    assertTrue(generated.contains("|kore50|") && generated.contains("REQUIRED"), generated);
    String now = text.substring(b + BEGIN.length(), e);
    String want = "\n" + generated;
    if (!now.equals(want) && Boolean.getBoolean("polylink.readme.write")) {
      Files.writeString(readme, text.substring(0, b + BEGIN.length()) + want + text.substring(e),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(want, now, "README.md's figure tables differ from the regression files; rewrite them with "
        + "-Dpolylink.readme.write=true");
  }
}
