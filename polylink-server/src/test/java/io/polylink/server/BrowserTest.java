package io.polylink.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web page in a real headless Chromium: type a multilingual text, annotate, check the entity chips (label,
 * description, id link; NIL marked) and the language, move the confidence slider, and save a screenshot under
 * {@code target/browser/}. Skips, saying why, when no Chromium is installed.
 */
class BrowserTest {

  static final String TEXT = "Angela Merkel besuchte Paris und Берлин. 巴黎是法国的首都。 Dort traf sie Zorblax Quint.";

  @Test
  void annotatesAMultilingualTextInTheBrowser() throws Exception {
    Path chromium = Cdp.findChromium();
    assumeTrue(chromium != null, "no Chromium found (/usr/bin/chromium, or set POLYLINK_CHROMIUM); "
        + "the browser test is skipped");
    try (PolylinkServer server = PolylinkServer.builder(TestKb.get()).config(ServerConfig.defaults().withPort(0)).start();
         Cdp browser = Cdp.launch(chromium)) {
      browser.send("Runtime.enable", null);
      browser.send("Page.enable", null);
      browser.send("Page.navigate", Cdp.params().put("url", server.url() + "/"));
      assertTrue(browser.waitFor("document.readyState === 'complete' && document.getElementById('annotate')",
          Duration.ofSeconds(30)), "the page loads");
      assertEquals("Polylink — entity linking", browser.eval("document.title").asText());

      // type the text as a user would: focus the box, insert the text, press the button
      browser.eval("document.getElementById('text').focus()");
      browser.send("Input.insertText", Cdp.params().put("text", TEXT));
      assertEquals(TEXT, browser.eval("document.getElementById('text').value").asText());
      browser.eval("document.getElementById('annotate').click()");
      assertTrue(browser.waitFor("document.querySelectorAll('#chips li').length > 0 && "
          + "document.getElementById('status').textContent === 'Done.'", Duration.ofSeconds(30)),
          "chips appear; status: " + browser.eval("document.getElementById('status').textContent") + "; console: "
              + browser.log());

      JsonNode chips = browser.eval("Array.from(document.querySelectorAll('#chips li')).map(li => ({"
          + "id: li.dataset.id, nil: li.classList.contains('nil'), label: li.querySelector('.label').textContent,"
          + "desc: (li.querySelector('.desc') || {}).textContent || '', href: (li.querySelector('a.id') || {}).href || '',"
          + "nilMark: (li.querySelector('.nil-mark') || {}).textContent || ''}))");
      List<String> ids = new ArrayList<>();
      chips.forEach(c -> ids.add(c.get("id").asText()));
      assertTrue(ids.containsAll(List.of("Q567", "Q90", "Q64", "Q142")), "chips: " + chips);
      JsonNode merkel = find(chips, "Q567");
      assertEquals("Angela Merkel", merkel.get("label").asText());
      assertEquals("Chancellor of Germany from 2005 to 2021", merkel.get("desc").asText());
      assertEquals(server.url() + "/v1/entities/Q567", merkel.get("href").asText());
      JsonNode nil = null;
      for (JsonNode c : chips) {
        if (c.get("nil").asBoolean()) {
          nil = c;
        }
      }
      assertTrue(nil != null, "a NIL chip for the unknown name: " + chips);
      assertEquals("Zorblax Quint", nil.get("label").asText());
      assertEquals("NIL", nil.get("nilMark").asText());
      assertFalse(browser.eval("document.getElementById('language').textContent").asText().isBlank());
      assertEquals(ids.size(), browser.eval("document.querySelectorAll('#annotated mark').length").asInt(),
          "every mention is highlighted in the text");
      assertEquals("Берлин", browser.eval("Array.from(document.querySelectorAll('#annotated mark'))"
          + ".map(m => m.textContent).find(t => t === 'Берлин')").asText());

      screenshot(browser, "polylink-page.png");

      // the confidence slider re-annotates: at 1.0 nothing is confident enough to link
      browser.eval("(() => { const s = document.getElementById('confidence'); s.value = '1';"
          + " s.dispatchEvent(new Event('input', {bubbles: true})); })()");
      assertTrue(browser.waitFor("document.getElementById('confidence-value').textContent === '1.00' && "
          + "document.querySelectorAll('#chips li').length > 0 && "
          + "document.querySelectorAll('#chips li:not(.nil)').length === 0", Duration.ofSeconds(30)),
          "all chips NIL at confidence 1.0: " + browser.eval("document.getElementById('chips').textContent"));
      screenshot(browser, "polylink-page-confidence-1.png");
      assertTrue(browser.log().stream().noneMatch(l -> l.contains("exceptionDetails")), "no script errors: " + browser.log());
    }
  }

  private static JsonNode find(JsonNode chips, String id) {
    for (JsonNode c : chips) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no chip " + id + " in " + chips);
  }

  private static void screenshot(Cdp browser, String name) throws Exception {
    JsonNode shot = browser.send("Page.captureScreenshot", Cdp.params().put("format", "png"));
    Path dir = Path.of("target", "browser");
    Files.createDirectories(dir);
    byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
    Files.write(dir.resolve(name), png);
    assertTrue(png.length > 1000, "a real screenshot");
  }
}
