package io.polylink.link.lang;

import io.polylink.model.Language;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguageIdentifierPropertiesTest {

  private static final LanguageIdentifier ID = LanguageIdentifier.create();

  @Property(seed = "20240517", tries = 2000)
  boolean neverThrowsAndConfidenceIsAProbability(@ForAll("texts") String text) {
    LanguageIdentifier.Result r = ID.identify(text);
    boolean inRange = r.confidence() >= 0.0 && r.confidence() <= 1.0;
    boolean undeterminedIsZero = !r.language().isUndetermined() || r.confidence() == 0.0;
    boolean alternativesOk = r.alternatives().size() <= 4
        && r.alternatives().stream().noneMatch(s -> s.language().equals(r.language()))
        && r.alternatives().stream().allMatch(s -> s.score() >= 0.0 && s.score() <= 1.0);
    return inRange && undeterminedIsZero && alternativesOk;
  }

  @Property(seed = "20240518", tries = 300)
  boolean aPrefixLimitNeverThrows(@ForAll("texts") String text, @ForAll("limits") int limit) {
    LanguageIdentifier.Result r = LanguageIdentifier.create(limit).identify(text);
    return r.confidence() >= 0.0 && r.confidence() <= 1.0 && !r.language().equals(Language.of("x"));
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> fragments = Samples.BY_LANGUAGE.values().stream().flatMap(List::stream).toList();
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> scriptMix = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('\u00C0', '\u024F').withCharRange('\u0400', '\u04FF')
        .withCharRange('\u0590', '\u06FF').withCharRange('\u0900', '\u097F').withCharRange('\u3040', '\u30FF')
        .withCharRange('\u4E00', '\u4E80').withCharRange('\uD800', '\uDFFF').withChars(" ,.'\u200C")
        .ofMaxLength(400);
    Arbitrary<String> spliced = Arbitraries.of(fragments).list().ofMaxSize(4)
        .flatMap(parts -> anyChars.map(noise -> String.join(noise, parts)));
    return Arbitraries.oneOf(anyChars, scriptMix, spliced);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(1, 3000);
  }
}
