package io.polylink.bench;

import io.polylink.model.Candidate;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything the linker returns for a sequence of documents: language, every link's span, surface,
 * entity, label, type and score (its exact bits), and its candidates with theirs. Two builds that print the same digest
 * for the same documents linked the same way; a speed change must not move it.
 */
final class OutputDigest {

  private final MessageDigest sha;

  OutputDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  void add(LinkedDocument d) {
    StringBuilder b = new StringBuilder();
    b.append(d.document().language()).append('\n');
    for (Link l : d.links()) {
      b.append(l.span().start()).append(' ').append(l.span().end()).append(' ').append(l.mention().surface())
          .append(' ').append(l.entity()).append(' ').append(l.label()).append(' ').append(l.type()).append(' ')
          .append(Long.toHexString(Double.doubleToLongBits(l.score())));
      for (Candidate c : l.candidates()) {
        b.append(" | ").append(c);
      }
      b.append('\n');
    }
    sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  String hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be cloned here", e);
    }
  }
}
