package io.polylink.model;

/**
 * A document to link.
 *
 * @param id caller's id, may be empty
 * @param text the text, never null
 * @param language the language if known, {@link Language#UNDETERMINED} to let the linker identify it
 */
public record Document(String id, String text, Language language) {

  public Document {
    if (id == null) {
      throw new IllegalArgumentException("document id must not be null (use \"\")");
    }
    if (text == null) {
      throw new IllegalArgumentException("document text must not be null (document '" + id + "')");
    }
    if (language == null) {
      language = Language.UNDETERMINED;
    }
  }

  public static Document of(String text) {
    return new Document("", text, Language.UNDETERMINED);
  }
}
