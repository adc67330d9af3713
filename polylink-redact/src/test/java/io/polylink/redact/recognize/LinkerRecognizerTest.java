package io.polylink.redact.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polylink.kb.source.EntitySource;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Entity;
import io.polylink.model.EntityId;
import io.polylink.model.EntityType;
import io.polylink.model.Link;
import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkerRecognizerTest {

  @TempDir Path tmp;

  @Test
  void linkedMentionsCountNilGuessesDoNot() throws Exception {
    Entity berlin = new Entity(EntityId.of("Q64"), Map.of("en", "Berlin"), Map.of(), Map.of("en", "capital of Germany"),
        Map.of(), 250, EntityType.LOCATION);
    KbBuilder.into(tmp.resolve("kb")).threads(1).build(EntitySource.of("fixture", List.of(berlin)));
    try (KnowledgeBase kb = KnowledgeBase.open(tmp.resolve("kb"))) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      String text = "Dr. Quorvan Weberling flew to Berlin.";
      Link nil = linker.link(text).links().get(0);
      // the linker types the unknown name from its title (issue 14, item 11) ...
      assertTrue(nil.isNil() && nil.type() == EntityType.PERSON, nil.toString());
      List<Detection> out = new ArrayList<>();
      new LinkerRecognizer(linker).recognize(text, "en", out);
      // ... but a guess is no entity: redaction leaves unknown names to the name detector and the tagger
      assertEquals(List.of(PiiTypes.LOCATION), out.stream().map(Detection::type).toList(), out.toString());
    }
  }
}
