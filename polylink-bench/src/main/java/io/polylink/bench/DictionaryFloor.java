package io.polylink.bench;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.kb.store.Lookup;
import io.polylink.kb.text.TextNormalizer;
import io.polylink.kb.text.Token;
import java.util.List;

/**
 * The floor any dictionary spotter pays: tokenize the text with the KB's normalizer and probe the name dictionary
 * once per token with its single-token key. No multi-token walk, no candidates, no ranking. One instance per thread.
 */
final class DictionaryFloor implements ThroughputRunner.Worker {

  private final Lookup lookup;
  private final StringBuilder key = new StringBuilder(32);

  DictionaryFloor(KnowledgeBase kb) {
    this.lookup = kb.lookup();
  }

  /** Tokenizes and probes {@code document}; returns the number of tokens that are a name or start one. */
  @Override
  public long process(String document) {
    List<Token> tokens = TextNormalizer.tokenize(document);
    long hits = 0;
    for (Token t : tokens) {
      if (probe(t) != 0) {
        hits++;
      }
    }
    return hits;
  }

  /** The probe bits ({@link Lookup#EXACT}, {@link Lookup#CONTINUES}) of one token's single-token key. */
  int probe(Token t) {
    key.setLength(0);
    TextNormalizer.appendToKey(key, null, t);
    return lookup.probe(key.toString(), t.is(Token.NO_SPACE));
  }
}
