package io.polylink.kb.wikipedia;

import java.util.Set;

/**
 * Title qualifiers that say an entity's coarse type: "Tragedy (band)", "John Smith (footballer)", "Paris (film)". The
 * last word of the qualifier is looked up ("American football player" ends in "player"), then the whole qualifier.
 * Qualifiers that name a place ("Paris (Texas)") say nothing about the entity's kind and are not listed.
 */
final class WikidictTypes {
  private WikidictTypes() {}

  /** Anchors with a form of address that make a title a person (one is often a joke: "Mr. Potato Head"). */
  static final int MIN_PERSON_CUES = 2;

  /** Forms of address and offices written before a person's name, lower case, without a dot. */
  static final Set<String> ADDRESS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord",
      "president", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
      "chancellor", "minister", "mayor", "king", "queen", "prince", "princess", "pope", "saint", "general", "gen",
      "captain", "capt", "professor", "prof", "judge", "justice", "coach", "rev", "reverend", "father", "bishop",
      "chairman", "ceo", "secretary", "ambassador", "colonel", "col", "lt", "sgt", "admiral", "emperor", "empress",
      "herr", "frau", "monsieur", "madame", "mme", "señor", "señora", "sr", "sra", "don", "doña", "st");

  /**
   * True when {@code anchor} is a form of address or office followed by words of the title that are not themselves
   * a form of address, e.g. "Dr. Angela Merkel", "Chancellor Merkel" for "Angela Merkel".
   */
  static boolean isPersonCue(String anchor, String label) {
    java.util.List<String> words = AnchorFilter.words(anchor);
    if (words.size() < 2 || !ADDRESS.contains(words.get(0))) {
      return false;
    }
    java.util.List<String> title = AnchorFilter.words(label);
    if (title.size() < 2 || title.size() > 4 || ADDRESS.contains(title.get(0))) {
      return false; // a one-word title ("Madonna") is too often a thing; "King Kong" is no person
    }
    for (int i = 1; i < words.size(); i++) {
      if (!title.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Last words of a title (no qualifier) that say its type: "Lenawee County", "Shahrood Airport". */
  static final Set<String> LOCATION_LAST_WORDS = Set.of("county", "river", "lake", "airport", "station", "district",
      "province", "island", "islands", "mountain", "mountains", "valley", "creek", "bay", "township", "village",
      "parish", "municipality", "canton", "prefecture", "oblast", "peninsula", "desert", "glacier", "volcano",
      "reservoir", "park", "street", "avenue", "bridge", "castle", "palace", "stadium", "arena", "cathedral",
      "church", "abbey", "temple", "mosque", "harbour", "harbor");
  static final Set<String> ORGANIZATION_LAST_WORDS = Set.of("university", "college", "company", "corporation",
      "inc", "ltd", "plc", "gmbh", "ag", "fc", "f.c", "party", "association", "society", "foundation", "institute",
      "agency", "band", "orchestra", "records", "airlines", "airways", "bank", "group", "council", "committee",
      "federation", "league", "club", "school", "academy", "ministry", "department", "commission", "army", "navy",
      "regiment", "squadron");

  /**
   * The type a title's own words give: "Place, State" and titles ending in a place noun are locations, titles
   * ending in an organization noun organizations; lists, years and "X in Y" pages none.
   */
  static io.polylink.model.EntityType fromTitleWords(String title) {
    String t = title.replace('_', ' ').strip();
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("list of") || lower.startsWith("lists of") || lower.contains(" in ")
        || lower.startsWith("history of") || lower.contains(" of the ")) {
      return io.polylink.model.EntityType.OTHER;
    }
    java.util.List<String> words = AnchorFilter.words(t);
    if (words.isEmpty()) {
      return io.polylink.model.EntityType.OTHER;
    }
    String last = words.get(words.size() - 1);
    if (ORGANIZATION_LAST_WORDS.contains(last)) {
      return io.polylink.model.EntityType.ORGANIZATION;
    }
    if (LOCATION_LAST_WORDS.contains(last)) {
      return io.polylink.model.EntityType.LOCATION;
    }
    int comma = t.indexOf(", ");
    if (comma > 0 && t.indexOf(',', comma + 1) < 0 && Character.isUpperCase(t.charAt(comma + 2))
        && PLACE_CONTAINERS.contains(t.substring(comma + 2).toLowerCase(java.util.Locale.ROOT))) {
      return io.polylink.model.EntityType.LOCATION; // "Lena, Wisconsin", "Heek, Germany"
    }
    return io.polylink.model.EntityType.OTHER;
  }

  /** The US states and a few dozen countries that disambiguate place titles ("Amou, Benin"). */
  static final Set<String> PLACE_CONTAINERS = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
      "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
      "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
      "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
      "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
      "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
      "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "british columbia", "alberta", "manitoba",
      "saskatchewan", "nova scotia", "new brunswick", "new south wales", "queensland", "victoria", "tasmania",
      "germany", "france", "italy", "spain", "poland", "england", "scotland", "wales", "ireland", "netherlands",
      "belgium", "austria", "switzerland", "sweden", "norway", "denmark", "finland", "russia", "ukraine", "iran",
      "india", "pakistan", "china", "japan", "brazil", "mexico", "argentina", "chile", "peru", "colombia",
      "benin", "nigeria", "ghana", "kenya", "ethiopia", "egypt", "morocco", "algeria", "tunisia", "turkey",
      "greece", "romania", "bulgaria", "serbia", "croatia", "slovenia", "slovakia", "czech republic", "hungary",
      "portugal", "australia", "new zealand", "philippines", "indonesia", "malaysia", "vietnam", "thailand",
      "burkina faso", "mali", "niger", "senegal", "cameroon", "estonia", "latvia", "lithuania", "belarus",
      "greater manchester", "los angeles", "london", "paris", "bavaria", "saxony", "lower saxony", "west yorkshire");

  static final Set<String> PERSON = Set.of("politician", "footballer", "player", "actor", "actress", "singer",
      "musician", "writer", "author", "poet", "painter", "artist", "cricketer", "boxer", "wrestler", "rapper",
      "composer", "director", "producer", "journalist", "businessman", "businesswoman", "entrepreneur", "athlete",
      "cyclist", "swimmer", "coach", "manager", "bishop", "priest", "saint", "general", "admiral", "officer",
      "soldier", "judge", "lawyer", "scientist", "physicist", "chemist", "mathematician", "economist", "historian",
      "philosopher", "architect", "engineer", "physician", "surgeon", "novelist", "screenwriter", "comedian",
      "guitarist", "drummer", "bassist", "pianist", "violinist", "conductor", "dancer", "model", "photographer",
      "sculptor", "designer", "diplomat", "activist", "broadcaster", "presenter", "sportsman", "skier", "rower",
      "jockey", "golfer", "runner", "sprinter", "king", "queen", "prince", "princess", "emperor", "empress", "pope",
      "cardinal", "rabbi", "imam", "monk", "nun", "missionary", "explorer", "inventor", "astronaut", "aviator",
      "pilot", "racing driver", "american football", "baseball", "basketball", "ice hockey", "footballer, born 1980",
      "professor", "academic", "educator", "psychologist", "sociologist", "linguist", "biologist", "botanist",
      "zoologist", "astronomer", "geologist", "criminal", "murderer", "spy", "executive", "banker", "investor",
      "publisher", "editor", "critic", "filmmaker", "animator", "cartoonist", "illustrator", "chef", "fighter",
      "gymnast", "skater", "tennis", "darts", "snooker", "referee", "umpire", "commentator", "bodybuilder",
      "mountaineer", "sailor", "governor", "mayor", "senator", "congressman", "minister", "statesman", "lord", "earl",
      "duke", "baron", "count", "countess", "duchess", "marquess", "viscount", "born", "died", "personality",
      "youtuber", "blogger", "socialite", "theologian", "archbishop", "lyricist", "songwriter", "vocalist", "dj",
      "disc jockey", "music producer", "record producer");

  static final Set<String> ORGANIZATION = Set.of("band", "group", "company", "club", "party", "organization",
      "organisation", "team", "magazine", "newspaper", "publisher", "label", "record label", "airline",
      "university", "college", "school", "corporation", "firm", "brand", "retailer", "manufacturer", "bank",
      "agency", "association", "society", "foundation", "charity", "union", "federation", "league", "network",
      "channel", "tv channel", "radio station", "tv station", "station", "broadcaster", "orchestra", "choir",
      "duo", "trio", "quartet", "ensemble", "rock band", "hip hop group", "football club", "basketball team",
      "baseball team", "hockey team", "militant group", "political party", "newspaper publisher", "studio",
      "developer", "restaurant", "hotel", "hospital", "museum", "library", "church", "regiment", "army", "navy",
      "squadron", "unit", "ministry", "department", "commission", "council", "court", "parliament", "company)");

  static final Set<String> LOCATION = Set.of("city", "town", "village", "river", "lake", "mountain", "island",
      "islands", "county", "district", "province", "region", "state", "country", "municipality", "parish",
      "commune", "borough", "suburb", "neighbourhood", "neighborhood", "valley", "bay", "peninsula", "desert",
      "forest", "volcano", "hill", "hills", "mountains", "range", "sea", "ocean", "strait", "creek", "stream",
      "canal", "glacier", "cape", "reef", "crater", "plateau", "plain", "township", "hamlet", "settlement",
      "community", "locality", "census-designated place", "unincorporated community", "constituency",
      "electoral district", "ward", "prefecture", "oblast", "raion", "voivodeship", "gmina", "governorate",
      "emirate", "canton", "department (france)", "arrondissement", "barangay", "mandal", "tehsil", "taluk",
      "neighbourhood)", "street", "road", "square", "park", "national park", "airport", "station)", "bridge",
      "castle", "palace", "tower", "building", "stadium", "arena", "mine", "dam", "reservoir", "lighthouse",
      "fort", "port", "harbour", "harbor", "archipelago", "atoll", "moon", "planet", "star", "galaxy", "asteroid",
      "crater)", "spring", "waterfall", "cave", "pass", "state park", "county seat", "capital");

  static final Set<String> WORK = Set.of("film", "album", "song", "novel", "book", "play", "opera", "musical",
      "tv series", "television series", "series", "video game", "game", "poem", "painting", "sculpture", "single",
      "ep", "soundtrack", "comics", "comic", "manga", "anime", "magazine)", "short story", "story", "episode",
      "sitcom", "miniseries", "tv program", "tv programme", "radio program", "radio series", "documentary",
      "ballet", "symphony", "concerto", "hymn", "anthem", "franchise", "software", "programming language",
      "newspaper)", "journal", "web series", "board game", "card game", "film series", "book series", "novella",
      "2001 film", "1999 film", "musical)", "mixtape", "compilation album", "live album", "studio album", "score");
}
