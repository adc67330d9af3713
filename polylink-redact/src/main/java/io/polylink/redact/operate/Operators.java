package io.polylink.redact.operate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Factories for the built-in operators, and {@link #decrypt} for values the encrypt operator produced. */
public final class Operators {

  private Operators() {}

  /** Replaces the value with {@code <TYPE>}. */
  public static Operator replace() {
    return new Replace(null);
  }

  /** Replaces the value with a fixed text ({@code "[REDACTED]"}). */
  public static Operator replace(String with) {
    if (with == null) {
      throw new IllegalArgumentException("replace needs a text, got null");
    }
    return new Replace(with);
  }

  /** Leaves the value as it is (a type the policy lists only to report it). */
  public static Operator keep() {
    return new Operator() {
      @Override
      public String name() {
        return "keep";
      }

      @Override
      public String apply(String value, String type, OperatorContext context) {
        return value;
      }
    };
  }

  /**
   * Masks characters with {@code maskChar}.
   *
   * @param chars how many code points to mask; a negative number masks all
   * @param fromEnd mask the last {@code chars} code points instead of the first
   */
  public static Operator mask(char maskChar, int chars, boolean fromEnd) {
    return new Mask(maskChar, chars, fromEnd);
  }

  /** Replaces the value with the hex SHA-256 of {@code salt} followed by the value (UTF-8). */
  public static Operator hash(String salt) {
    if (salt == null || salt.isEmpty()) {
      throw new IllegalArgumentException("hash needs a non-empty salt: an unsalted hash of a name or a phone number "
          + "is reversed by trying every value");
    }
    return new Hash(salt);
  }

  /**
   * Replaces the value with its AES-GCM encryption under {@code key} (16, 24 or 32 bytes), base64url without padding.
   * The nonce is derived from the key and the value, so a value encrypts the same way everywhere (equal values
   * stay linkable, as with pseudonyms) and runs are reproducible.
   */
  public static Operator encrypt(byte[] key) {
    return new Encrypt(checkKey(key));
  }

  /** Reverses {@link #encrypt}: the original value of {@code token}; throws when the key or token is wrong. */
  public static String decrypt(String token, byte[] key) {
    checkKey(key);
    try {
      byte[] all = Base64.getUrlDecoder().decode(token);
      if (all.length < 12 + 16) {
        throw new IllegalArgumentException("not an encrypted value: '" + token + "' is too short");
      }
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
      return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot decrypt '" + token + "': wrong key or altered value", e);
    }
  }

  /**
   * Consistent pseudonyms: the same value (case and spacing ignored) gets the same surrogate of the same type and
   * the document's language, derived from {@code secret}, in every document ({@code perDocument} false) or within
   * one document only ({@code perDocument} true). Surrogates are computed, not stored, so memory does not grow with
   * the corpus.
   */
  public static Operator pseudonymize(String secret, boolean perDocument) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("pseudonymize needs a non-empty secret");
    }
    return new Pseudonymize(new Surrogates(secret.getBytes(StandardCharsets.UTF_8)), perDocument);
  }

  private static byte[] checkKey(byte[] key) {
    if (key == null || (key.length != 16 && key.length != 24 && key.length != 32)) {
      throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes, got "
          + (key == null ? "none" : key.length + " bytes"));
    }
    return key.clone();
  }

  private record Replace(String with) implements Operator {
    @Override
    public String name() {
      return "replace";
    }

    @Override
    public String apply(String value, String type, OperatorContext context) {
      return with != null ? with : "<" + type + ">";
    }
  }

  private record Mask(char maskChar, int chars, boolean fromEnd) implements Operator {
    @Override
    public String name() {
      return "mask";
    }

    @Override
    public String apply(String value, String type, OperatorContext context) {
      int[] cps = value.codePoints().toArray();
      int n = chars < 0 ? cps.length : Math.min(chars, cps.length);
      int from = fromEnd ? cps.length - n : 0;
      for (int i = from; i < from + n; i++) {
        cps[i] = maskChar;
      }
      return new String(cps, 0, cps.length);
    }
  }

  private record Hash(String salt) implements Operator {
    @Override
    public String name() {
      return "hash";
    }

    @Override
    public String apply(String value, String type, OperatorContext context) {
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(salt.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(value.getBytes(StandardCharsets.UTF_8)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA-256 is not available in this JVM", e);
      }
    }
  }

  private static final class Encrypt implements Operator {
    private final byte[] key;

    Encrypt(byte[] key) {
      this.key = key;
    }

    @Override
    public String name() {
      return "encrypt";
    }

    @Override
    public boolean reversible() {
      return true;
    }

    @Override
    public java.util.Optional<String> reverse(String replacement) {
      try {
        return java.util.Optional.of(decrypt(replacement, key));
      } catch (IllegalArgumentException e) {
        return java.util.Optional.empty(); // another key's value, or no encrypted value at all
      }
    }

    @Override
    public String apply(String value, String type, OperatorContext context) {
      try {
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] nonce = java.util.Arrays.copyOf(mac.doFinal(plain), 12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] ct = c.doFinal(plain);
        byte[] all = new byte[12 + ct.length];
        System.arraycopy(nonce, 0, all, 0, 12);
        System.arraycopy(ct, 0, all, 12, ct.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM encryption failed for a " + type + " value", e);
      }
    }
  }

  private record Pseudonymize(Surrogates surrogates, boolean perDocument) implements Operator {
    @Override
    public String name() {
      return "pseudonymize";
    }

    @Override
    public String apply(String value, String type, OperatorContext context) {
      String scope = perDocument ? context.documentId() : "";
      return surrogates.surrogate(type, value, context.language().toLowerCase(Locale.ROOT), scope);
    }
  }
}
