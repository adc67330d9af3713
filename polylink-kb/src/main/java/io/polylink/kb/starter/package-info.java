/**
 * The starter KB: countries and territories, languages, scripts, currencies and time-zone cities with their names in
 * every CLDR locale, read from the CLDR data inside ICU4J, so Polylink links text offline on a fresh machine.
 *
 * <pre>{@code
 * KbBuilder.into(Path.of("starter-kb")).build(new CldrStarterSource());
 * }</pre>
 */
package io.polylink.kb.starter;
