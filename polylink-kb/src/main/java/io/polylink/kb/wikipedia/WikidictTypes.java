package io.polylink.kb.wikipedia;

import java.util.Set;

/**
 * Title qualifiers that say an entity's coarse type: "Tragedy (band)", "John Smith (footballer)", "Paris (film)". The
 * last word of the qualifier is looked up ("American football player" ends in "player"), then the whole qualifier.
 * Qualifiers that name a place ("Paris (Texas)") say nothing about the entity's kind and are not listed.
 */
final class WikidictTypes {
  private WikidictTypes() {}

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
