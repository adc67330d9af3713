package io.polylink.mcp;

/** The tools' descriptions and JSON Schemas, written for a model choosing and calling them. */
final class Schemas {
  private Schemas() {}

  static final String LINK_DESCRIPTION = "Find the named entities (people, places, organizations, works, ...) in a "
      + "text in any language and resolve each to a knowledge-base entity: id, label, short description, coarse type, "
      + "score and URI. Use it to ground names before answering about them. 'annotated' is the text with [n] after "
      + "each linked mention and an entity table, ready to paste into a prompt. Offsets count Unicode code points.";

  static final String LINK_INPUT = """
      {"type":"object","additionalProperties":false,"required":["text"],"properties":{
        "text":{"type":"string","minLength":1,"description":"the text to link (a sentence, a message, a document)"},
        "language":{"type":"string","description":"BCP-47 code such as en, de, zh-hans; omit to identify it"},
        "confidence":{"type":"number","minimum":0,"maximum":1,"description":"minimum link score; higher gives fewer, surer links"},
        "types":{"type":"array","items":{"type":"string"},"description":"keep only these coarse types: PER, LOC, ORG, LANG, CUR, WORK, EVENT, MISC"}}}
      """;

  static final String LINK_OUTPUT = """
      {"type":"object","required":["language","mentions","annotated"],"properties":{
        "language":{"type":"string"},
        "annotated":{"type":"string"},
        "unlinked":{"type":"integer","description":"mentions found but not in the KB (NIL)"},
        "mentions":{"type":"array","items":{"type":"object",
          "required":["text","start","end","id","label","description","type","score","uri"],"properties":{
          "text":{"type":"string"},"start":{"type":"integer"},"end":{"type":"integer"},"id":{"type":"string"},
          "label":{"type":"string"},"description":{"type":"string"},"type":{"type":"string"},
          "score":{"type":"number"},"uri":{"type":"string"}}}}}}
      """;

  static final String SEARCH_DESCRIPTION = "Look up entities by name in any language or script (exact names and "
      + "aliases, romanized spellings, near misspellings). Returns ranked candidates with why each matched: 'exact' "
      + "(a name or alias, with the languages that have it), 'romanized' (a Latin spelling of a name in another "
      + "script) or 'fuzzy' (one or two edits away). Use it to find an id for get_entity.";

  static final String SEARCH_INPUT = """
      {"type":"object","additionalProperties":false,"required":["name"],"properties":{
        "name":{"type":"string","minLength":1,"description":"the name to look up, e.g. 'Merkel', 'Париж', 'beijing'"},
        "language":{"type":"string","description":"prefer entities with this name in this language (BCP-47 code)"},
        "limit":{"type":"integer","minimum":1,"maximum":50,"description":"most candidates to return (default 10)"}}}
      """;

  static final String SEARCH_OUTPUT = """
      {"type":"object","required":["name","candidates"],"properties":{
        "name":{"type":"string"},
        "candidates":{"type":"array","items":{"type":"object",
          "required":["id","label","description","type","popularity","match","matched_name","name_languages"],"properties":{
          "id":{"type":"string"},"label":{"type":"string"},"description":{"type":"string"},"type":{"type":"string"},
          "popularity":{"type":"integer"},"match":{"type":"string","enum":["exact","romanized","fuzzy"]},
          "matched_name":{"type":"string"},"name_languages":{"type":"array","items":{"type":"string"}}}}}}}
      """;

  static final String GET_DESCRIPTION = "Read one entity by id (e.g. Q90 or kb:acme-1): its names by language, "
      + "descriptions, coarse type, type profile (the relations it takes part in, such as P31 instance of, P106 "
      + "occupation, P17 country) and its relations with the related entities' labels.";

  static final String GET_INPUT = """
      {"type":"object","additionalProperties":false,"required":["id"],"properties":{
        "id":{"type":"string","minLength":1,"description":"entity id from link_entities or search_entities"},
        "language":{"type":"string","description":"language of 'label' and 'description' (default en)"}}}
      """;

  static final String GET_OUTPUT = """
      {"type":"object","required":["id","uri","label","description","type","popularity","labels","aliases",
        "descriptions","type_profile","relations"],"properties":{
        "id":{"type":"string"},"uri":{"type":"string"},"label":{"type":"string"},"description":{"type":"string"},
        "type":{"type":"string"},"popularity":{"type":"integer"},
        "labels":{"type":"object","additionalProperties":{"type":"string"}},
        "aliases":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},
        "descriptions":{"type":"object","additionalProperties":{"type":"string"}},
        "type_profile":{"type":"array","items":{"type":"string"}},
        "relations":{"type":"array","items":{"type":"object","required":["property","targets"],"properties":{
          "property":{"type":"string"},"targets":{"type":"array","items":{"type":"object","required":["id","label"],
            "properties":{"id":{"type":"string"},"label":{"type":"string"}}}}}}}}}
      """;

  static final String REDACT_DESCRIPTION = "Remove personal data (names of people, e-mail addresses, phone numbers, "
      + "IBANs, card numbers, addresses, ...) from a text before it goes to a model or a log. Returns the redacted "
      + "text and what was found, by type and position, never the original values. Fails closed: on an error nothing "
      + "is returned.";

  static final String REDACT_INPUT = """
      {"type":"object","additionalProperties":false,"required":["text"],"properties":{
        "text":{"type":"string","minLength":1,"description":"the text to redact"},
        "language":{"type":"string","description":"BCP-47 code; omit to identify it"},
        "policy":{"type":"object","description":"a redaction policy as for 'polylink redact --policy' (operators per type); omit for the default"}}}
      """;

  static final String REDACT_OUTPUT = """
      {"type":"object","required":["text","counts","findings"],"properties":{
        "text":{"type":"string"},
        "counts":{"type":"object","additionalProperties":{"type":"integer"}},
        "findings":{"type":"array","items":{"type":"object","required":["type","start","end","operator"],"properties":{
          "type":{"type":"string"},"start":{"type":"integer"},"end":{"type":"integer"},"operator":{"type":"string"},
          "recognizer":{"type":"string"},"score":{"type":"number"}}}}}}
      """;

  static final String ADD_DESCRIPTION = "Add an entity to the knowledge base (or replace one with the same id); "
      + "it is linkable by the next call. Give names per language; the first name of a language is its label.";

  static final String ADD_INPUT = """
      {"type":"object","additionalProperties":false,"required":["entity"],"properties":{
        "entity":{"type":"object","required":["id"],"description":"the entity in the KB's JSONL schema, e.g. {\\"id\\":\\"kb:acme-1\\",\\"names\\":{\\"en\\":[\\"Acme\\",\\"Acme Corp\\"]},\\"descriptions\\":{\\"en\\":\\"maker of anvils\\"},\\"type\\":\\"ORG\\"}",
          "properties":{"id":{"type":"string"},"names":{"type":"object"},"descriptions":{"type":"object"},
            "types":{"type":"array","items":{"type":"string"}},"relations":{"type":"object"},
            "popularity":{"type":"integer","minimum":0},"type":{"type":"string"}}}}}
      """;

  static final String ADD_OUTPUT = """
      {"type":"object","required":["added","replaced","kb_entities"],"properties":{
        "added":{"type":"array","items":{"type":"string"}},"replaced":{"type":"array","items":{"type":"string"}},
        "kb_entities":{"type":"integer"}}}
      """;
}
