package io.polylink.bench.synth;

import java.util.SplittableRandom;

/**
 * The facts of a synthetic dump that other entities need to know about entity {@code i} without generating it: its
 * kind, id, name and popularity. Every fact is a pure function of (seed, index), so any entity can be regenerated alone
 * and the dump streams in bounded memory.
 */
final class EntityPlan {
  static final int ID_BASE = 1000;
  private static final long KIND_SALT = 0x4B494E44L;
  private static final long NAME_SALT = 0x4E414D45L;
  private static final long SITELINK_SALT = 0x5349544CL;
  private static final long ENTITY_SALT = 0x454E5449L;
  private static final long POOL_SALT = 0x504F4F4CL;
  private static final long GIVEN_SALT = 0x47495645L;
  private static final int GIVEN_POOL = 300;
  private static final Script[] HOME_SCRIPTS = {Script.LATIN, Script.CYRILLIC, Script.HAN, Script.ARABIC,
      Script.DEVANAGARI, Script.GREEK, Script.THAI};
  private static final int[] HOME_WEIGHTS = {57, 12, 10, 8, 6, 4, 3};

  final int entities;
  final long seed;
  /** Ids [0, countries) are countries, [countries, countries + regions) regions. */
  final int countries;
  final int regions;
  private final int sharedPool;

  EntityPlan(int entities, long seed) {
    if (entities < 1) {
      throw new IllegalArgumentException("entities must be >= 1, got " + entities);
    }
    this.entities = entities;
    this.seed = seed;
    this.countries = Math.min(entities, Math.max(3, Math.min(250, entities / 200)));
    this.regions = Math.min(entities - countries, Math.max(5, Math.min(5000, entities / 40)));
    this.sharedPool = Math.max(20, entities / 400);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long hash(long salt, long index) {
    return mix(seed ^ mix(salt * 0x9E3779B97F4A7C15L + index));
  }

  static double unit(long h) {
    return (h >>> 11) * 0x1.0p-53;
  }

  Kind kind(int i) {
    if (i < countries) {
      return Kind.COUNTRY;
    }
    if (i < countries + regions) {
      return Kind.REGION;
    }
    return Kind.byWeight(unit(hash(KIND_SALT, i)));
  }

  String id(int i) {
    String prefix = switch (kind(i)) {
      case PROPERTY -> "P";
      case LEXEME -> "L";
      default -> "Q";
    };
    return prefix + (ID_BASE + i);
  }

  /** The random stream for everything about entity {@code i} that no other entity needs. */
  SplittableRandom random(int i) {
    return new SplittableRandom(hash(ENTITY_SALT, i));
  }

  /**
   * Number of sitelinks: Zipf-like, P(s >= k) = 1 / (k + 1), so half the items have none and a few have hundreds;
   * countries always have many.
   */
  int sitelinks(int i, int maxSites) {
    Kind k = kind(i);
    if (!k.isItem()) {
      return 0;
    }
    double u = 1 - unit(hash(SITELINK_SALT, i));
    if (k == Kind.COUNTRY) {
      return 60 + (int) (u * (maxSites - 60));
    }
    int s = (int) Math.min(maxSites, Math.floor(1 / u) - 1);
    return k == Kind.REGION ? Math.min(maxSites, s + 3) : s;
  }

  /**
   * The name of entity {@code i}. About 6% come from a shared pool (several entities, one name), person given names
   * recur, and some works, organisations and places are named by a common English word.
   */
  CoreName name(int i) {
    Kind k = kind(i);
    boolean person = k == Kind.PERSON;
    SplittableRandom r = new SplittableRandom(hash(NAME_SALT, i));
    if (k != Kind.COUNTRY && r.nextInt(100) < 6) {
      int p = r.nextInt(sharedPool);
      SplittableRandom pr = new SplittableRandom(hash(POOL_SALT + (person ? 1 : 0), p));
      return NameForge.create(pr, k == Kind.TAXON ? Script.LATIN : homeScript(pr), person);
    }
    Script home = k == Kind.TAXON ? Script.LATIN : homeScript(r);
    CoreName fresh = NameForge.create(r, home, person);
    if (person && r.nextInt(10) < 7) {
      int g = r.nextInt(GIVEN_POOL);
      SplittableRandom gr = new SplittableRandom(hash(GIVEN_SALT, g * 16L + home.ordinal()));
      return NameForge.withGivenName(fresh, NameForge.create(gr, home, true));
    }
    int wordChance = switch (k) {
      case WORK, ORGANIZATION -> 20;
      case CITY, EVENT -> 3;
      default -> 0;
    };
    if (r.nextInt(100) < wordChance) {
      return new CoreName(fresh.home(), fresh.words(), false, Vocabulary.pick(r, Vocabulary.NAME_WORDS));
    }
    return fresh;
  }

  private static Script homeScript(SplittableRandom r) {
    int u = r.nextInt(100);
    int acc = 0;
    for (int s = 0; s < HOME_SCRIPTS.length; s++) {
      acc += HOME_WEIGHTS[s];
      if (u < acc) {
        return HOME_SCRIPTS[s];
      }
    }
    return Script.LATIN;
  }

  int randomCountry(SplittableRandom r) {
    return r.nextInt(countries);
  }

  /** A region, or a country when the dump is too small to have regions. */
  int randomRegion(SplittableRandom r) {
    return regions == 0 ? randomCountry(r) : countries + r.nextInt(regions);
  }

  /** A random entity of kind {@code k}, or -1 when a few tries find none (tiny dumps). */
  int randomOf(SplittableRandom r, Kind k) {
    if (k == Kind.COUNTRY) {
      return randomCountry(r);
    }
    if (k == Kind.REGION) {
      return randomRegion(r);
    }
    for (int attempt = 0; attempt < 64; attempt++) {
      int j = r.nextInt(entities);
      if (kind(j) == k) {
        return j;
      }
    }
    return -1;
  }
}
