package io.polylink.bench.synth;

/** A Wikibase data value, as it appears under {@code datavalue} in a dump. */
sealed interface Value {

  /** The Wikibase property datatype that carries this value kind by default. */
  String datatype();

  /** An item reference such as {@code Q5}. */
  record ItemRef(String id) implements Value {
    public String datatype() {
      return "wikibase-item";
    }
  }

  /** A point in time with Wikibase precision (9 year, 10 month, 11 day). */
  record Time(String time, int precision) implements Value {
    public String datatype() {
      return "time";
    }
  }

  /** A quantity; {@code unit} is "1" or an item URI. */
  record Quantity(String amount, String unit) implements Value {
    public String datatype() {
      return "quantity";
    }
  }

  /** A string; {@code datatype} is string, external-id, url or commonsMedia. */
  record Text(String text, String datatype) implements Value {}

  /** Text in one language, e.g. an official name. */
  record Monolingual(String text, String language) implements Value {
    public String datatype() {
      return "monolingualtext";
    }
  }

  /** A point on Earth. */
  record Coordinate(double latitude, double longitude) implements Value {
    public String datatype() {
      return "globe-coordinate";
    }
  }
}
