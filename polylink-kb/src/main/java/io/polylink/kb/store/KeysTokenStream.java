package io.polylink.kb.store;

import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Already-normalized keys as one token stream, each with its term frequency (how many names share the key). Terms are
 * handed over as UTF-8 bytes: Lucene would otherwise re-encode each from chars with its slower encoder.
 */
final class KeysTokenStream extends TokenStream {
  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
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
    term.setBytesRef(new BytesRef(e.getKey().getBytes(StandardCharsets.UTF_8)));
    freq.setTermFrequency(e.getValue());
    return true;
  }
}
