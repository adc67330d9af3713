package io.polylink.kb.source;

import io.polylink.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives an entity's coarse {@link EntityType} from its Wikidata relations: first from its instance-of ({@code P31})
 * classes through a curated table of well-known classes, then, for entities whose classes are not in the table, from
 * the kind of relations it has (an occupation means a person, a headquarters an organization, a country or an
 * administrative parent a place).
 *
 * <p>The table deliberately lists only frequent classes; Wikidata's class hierarchy is too deep to walk at load time
 * and the fallbacks catch most of the rest.
 */
public final class TypeMapper {

  private static final Map<String, EntityType> CLASSES = new HashMap<>();

  static {
    put(EntityType.PERSON,
        "Q5", // human
        "Q215627", // person
        "Q15632617", // fictional human
        "Q95074", // fictional character
        "Q20643955"); // human biblical figure
    put(EntityType.LOCATION,
        "Q515", // city
        "Q6256", // country
        "Q3624078", // sovereign state
        "Q1549591", // big city
        "Q486972", // human settlement
        "Q5119", // capital
        "Q35657", // state of the United States
        "Q23442", // island
        "Q8502", // mountain
        "Q4022", // river
        "Q82794", // geographic region
        "Q107390", // federated state
        "Q15284", // municipality
        "Q747074", // comune of Italy
        "Q262166", // municipality of Germany
        "Q484170", // commune of France
        "Q1637706", // city with millions of inhabitants
        "Q515716", // prefecture
        "Q2264924", // port settlement
        "Q532", // village
        "Q3957", // town
        "Q5107", // continent
        "Q23397", // lake
        "Q165", // sea
        "Q9430", // ocean
        "Q46831", // mountain range
        "Q8072", // volcano
        "Q10864048", // first-level administrative country subdivision
        "Q13220204", // second-level administrative country subdivision
        "Q13221722", // third-level administrative country subdivision
        "Q56061", // administrative territorial entity
        "Q1620908", // historical region
        "Q3024240", // historical country
        "Q1093829", // city in the United States
        "Q7930989", // city or town
        "Q123705", // neighborhood
        "Q1221156", // state of Germany
        "Q50337", // prefecture of Japan
        "Q6465", // department of France
        "Q34876", // province
        "Q7275", // state
        "Q200250", // metropolis
        "Q12280", // bridge
        "Q41176", // building
        "Q1248784", // airport
        "Q55488", // railway station
        "Q34442", // road
        "Q44782", // port
        "Q40080", // beach
        "Q35509", // cave
        "Q112099", // island nation
        "Q179164", // unitary state
        "Q43702"); // federation
    put(EntityType.ORGANIZATION,
        "Q43229", // organization
        "Q4830453", // business
        "Q783794", // company
        "Q891723", // public company
        "Q6881511", // enterprise
        "Q167037", // corporation
        "Q1589009", // privately held company
        "Q219577", // holding company
        "Q3918", // university
        "Q875538", // public university
        "Q902104", // private university
        "Q3914", // school
        "Q31855", // research institute
        "Q2385804", // educational institution
        "Q476028", // association football club
        "Q847017", // sports club
        "Q12973014", // sports team
        "Q7278", // political party
        "Q2659904", // government organization
        "Q327333", // government agency
        "Q163740", // nonprofit organization
        "Q484652", // international organization
        "Q215380", // musical group
        "Q1320047", // book publisher
        "Q2085381", // publisher
        "Q18127", // record label
        "Q11032", // newspaper (an organization for NER purposes)
        "Q46970", // airline
        "Q1616075", // television station
        "Q14350", // radio station
        "Q33506", // museum
        "Q16917", // hospital
        "Q176799", // military unit
        "Q48204", // voluntary association
        "Q15911314", // association
        "Q4438121", // sports organization
        "Q623109"); // sports league
    put(EntityType.LANGUAGE,
        "Q34770", // language
        "Q1288568", // modern language
        "Q33742", // natural language
        "Q20162172", // human language
        "Q1208380", // dialect
        "Q45762", // dead language
        "Q436240", // ancient language
        "Q25295", // language family
        "Q17376908"); // languoid
    put(EntityType.CURRENCY,
        "Q8142", // currency
        "Q1643989"); // legal tender
    put(EntityType.WORK,
        "Q7725634", // literary work
        "Q11424", // film
        "Q482994", // album
        "Q134556", // single
        "Q5398426", // television series
        "Q571", // book
        "Q47461344", // written work
        "Q8261", // novel
        "Q7889", // video game
        "Q7366", // song
        "Q2188189", // musical work
        "Q105543609", // musical work/composition
        "Q3305213", // painting
        "Q860861", // sculpture
        "Q25379", // play
        "Q1004", // comics
        "Q5185279", // poem
        "Q15416", // television program
        "Q1259759", // miniseries
        "Q24856", // film series
        "Q277759", // book series
        "Q202866", // animated film
        "Q24862", // short film
        "Q13442814", // scholarly article
        "Q41298", // magazine
        "Q169930", // extended play
        "Q208569", // studio album
        "Q209939", // live album
        "Q222910", // compilation album
        "Q1344", // opera
        "Q21191270", // television series episode
        "Q838948"); // work of art
    put(EntityType.EVENT,
        "Q1656682", // event
        "Q198", // war
        "Q178561", // battle
        "Q40231", // election
        "Q16510064", // sporting event
        "Q27020041", // sports season
        "Q13406554", // sports competition
        "Q18608583", // recurring sporting event
        "Q500834", // tournament
        "Q1190554", // occurrence
        "Q3839081", // disaster
        "Q8065", // natural disaster
        "Q7944", // earthquake
        "Q350604", // armed conflict
        "Q103495", // world war
        "Q645883", // military operation
        "Q188055", // siege
        "Q10931", // revolution
        "Q124734", // rebellion
        "Q273120", // protest
        "Q858439", // presidential election
        "Q132241", // festival
        "Q2020153", // academic conference
        "Q15275719", // recurring event
        "Q2761147", // meeting
        "Q1261499"); // naval battle
  }

  private TypeMapper() {}

  private static void put(EntityType type, String... classes) {
    for (String c : classes) {
      EntityType previous = CLASSES.put(c, type);
      if (previous != null) {
        throw new IllegalStateException("class " + c + " mapped twice: " + previous + " and " + type);
      }
    }
  }

  /**
   * The coarse type of an entity with these relations (property id to target ids). A human ({@code Q5}) among the
   * instance-of classes wins; otherwise the first instance-of class found in the table decides; otherwise occupation
   * ({@code P106}) or citizenship ({@code P27}) means a person, headquarters ({@code P159}) an organization, country
   * ({@code P17}) or administrative parent ({@code P131}) a location; otherwise {@link EntityType#OTHER}.
   *
   * @param relations property id to target ids; may be null or empty
   */
  public static EntityType typeOf(Map<String, List<String>> relations) {
    if (relations == null || relations.isEmpty()) {
      return EntityType.OTHER;
    }
    List<String> classes = relations.get("P31");
    if (classes != null && !classes.isEmpty()) {
      EntityType first = null;
      for (String c : classes) {
        EntityType t = CLASSES.get(c);
        if (t == EntityType.PERSON) {
          return t;
        }
        if (first == null) {
          first = t;
        }
      }
      if (first != null) {
        return first;
      }
    }
    if (has(relations, "P106") || has(relations, "P27")) {
      return EntityType.PERSON;
    }
    if (has(relations, "P159")) {
      return EntityType.ORGANIZATION;
    }
    if (has(relations, "P17") || has(relations, "P131")) {
      return EntityType.LOCATION;
    }
    return EntityType.OTHER;
  }

  /** The type the table gives one Wikidata class, or null when the class is not in the table. */
  public static EntityType typeOfClass(String classId) {
    return CLASSES.get(classId);
  }

  private static boolean has(Map<String, List<String>> relations, String property) {
    List<String> targets = relations.get(property);
    return targets != null && !targets.isEmpty();
  }
}
