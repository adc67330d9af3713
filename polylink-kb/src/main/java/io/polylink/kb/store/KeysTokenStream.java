package io.polylink.kb.store;

import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/** Already-normalized keys as one token stream, each with its term frequency (how many names share the key). */
final class KeysTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
  private final Map<String, Integer> keys;
  private Iterator<Map.Entry<String, Integer>> it;

  KeysTokenStream(Map<String, Integer> keys) {
    this.keys = keys;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    it = keys.entrySet().iterator();
  }

  @Override
  public boolean incrementToken() {
    if (!it.hasNext()) {
      return false;
    }
    clearAttributes();
    Map.Entry<String, Integer> e = it.next();
    term.setEmpty().append(e.getKey());
    freq.setTermFrequency(e.getValue());
    return true;
  }
}
