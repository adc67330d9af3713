package io.polylink.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written UTF-8 check agrees with the JDK decoder in REPORT mode on valid, broken and random bytes. */
class Utf8ValidationTest {

  @Property(tries = 3000, seed = "7")
  void agreesWithStrictDecoder(@ForAll("bytes") byte[] bytes) {
    boolean jdkValid;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      jdkValid = true;
    } catch (CharacterCodingException e) {
      jdkValid = false;
    }
    assertEquals(jdkValid, LineReader.Utf8.firstInvalid(bytes, 0, bytes.length) < 0);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> valid = Arbitraries.strings().ofMaxLength(30).map(s -> s.getBytes(StandardCharsets.UTF_8));
    // Bytes near the edges of UTF-8's ranges: overlongs (C0, E0 80), surrogates (ED A0), beyond U+10FFFF (F4 90).
    Arbitrary<Byte> edgy = Arbitraries.of((byte) 0x41, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2,
        (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xA0, (byte) 0x9F, (byte) 0xEF, (byte) 0xF0, (byte) 0x90,
        (byte) 0xF4, (byte) 0x8F, (byte) 0xF5, (byte) 0xFF);
    Arbitrary<byte[]> random = edgy.array(byte[].class).ofMaxSize(8);
    return Arbitraries.oneOf(valid, random, Arbitraries.bytes().array(byte[].class).ofMaxSize(12));
  }
}
