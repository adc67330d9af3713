package io.polylink.kb.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Already-normalized, distinct keys as one token stream. Terms are handed over as UTF-8 bytes: Lucene would otherwise
 * re-encode each from chars with its slower encoder. It reads the list it was given at each {@link #reset()}, so one
 * stream serves document after document.
 */
final class KeysTokenStream extends TokenStream {
  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final BytesRef bytes = new BytesRef();
  private final List<String> keys;
  private int next;

  KeysTokenStream(List<String> keys) {
    this.keys = keys;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    if (next == keys.size()) {
      return false;
    }
    clearAttributes();
    bytes.bytes = keys.get(next++).getBytes(StandardCharsets.UTF_8);
    bytes.offset = 0;
    bytes.length = bytes.bytes.length;
    term.setBytesRef(bytes);
    return true;
  }
}
