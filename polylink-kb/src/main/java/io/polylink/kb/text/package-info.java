/**
 * Tokens and name keys shared by the KB build and the linker, so that a name and its mention normalize alike.
 *
 * <pre>{@code
 * TextNormalizer.key("São Paulo");   // "sao paulo"
 * TextNormalizer.key("北京");        // "北京" (one token per character, joined without spaces)
 * Transliteration.latinKey("Москва"); // "moskva"
 * }</pre>
 */
package io.polylink.kb.text;
