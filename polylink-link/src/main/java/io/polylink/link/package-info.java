/**
 * End-to-end entity linking: language identification, dictionary spotting over every name in every language,
 * candidate ranking, coherence and NIL, behind the {@link io.polylink.link.Linker} facade.
 */
package io.polylink.link;
