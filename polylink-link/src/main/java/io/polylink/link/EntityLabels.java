package io.polylink.link;

import io.polylink.kb.store.EntityRecord;

/** The label a link shows for its entity: the ranker compares it with the mention, the output prints it. */
final class EntityLabels {

  private EntityLabels() {}

  /**
   * The entity's label in the document's language; with the language {@link LanguageRules#undetermined}, in the
   * language of the name the text used ("Deutschland" reads "Deutschland", not the English "Germany"), else English.
   */
  static String label(EntityRecord r, Spot s, String language) {
    if (!LanguageRules.undetermined(language)) {
      return r.label(language);
    }
    String named = null;
    for (EntityRecord.Name n : r.names()) {
      if (n.key().equals(s.key)) {
        if (n.text().equals(s.surface)) {
          named = n.language();
          break;
        }
        named = named == null ? n.language() : named;
      }
    }
    return r.label(named);
  }
}
