package io.polylink.bench.synth;

import io.polylink.model.EntityType;

/**
 * A name of an entity in a synthetic dump, for benchmarks that mention dump entities in text.
 *
 * @param id the entity id as written in the dump ({@code Q1234})
 * @param language the label language ({@code en} when the entity has an English label)
 * @param name the label
 * @param sitelinks the entity's sitelink count, its popularity in the dump
 * @param type the coarse type the entity's claims imply
 */
public record SampledName(String id, String language, String name, int sitelinks, EntityType type) {

  public SampledName {
    if (id == null || id.isBlank() || name == null || name.isBlank() || language == null || type == null) {
      throw new IllegalArgumentException("sampled name needs id, language, name and type, got " + id + " '" + name + "'");
    }
    if (sitelinks < 0) {
      throw new IllegalArgumentException("sitelinks must be >= 0, got " + sitelinks + " for " + id);
    }
  }
}
