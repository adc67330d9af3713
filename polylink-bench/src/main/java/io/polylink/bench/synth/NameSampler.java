package io.polylink.bench.synth;

import java.util.List;
import java.util.SplittableRandom;

/** Draws entity names for synthetic text, more often for popular entities (weight 1 + sitelinks), as news does. */
public final class NameSampler {
  private final List<SampledName> names;
  private final long[] cumulative;

  /**
   * @param names the names to draw from; not empty
   */
  public NameSampler(List<SampledName> names) {
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException("name sampler needs at least one name");
    }
    this.names = List.copyOf(names);
    this.cumulative = new long[this.names.size()];
    long acc = 0;
    for (int i = 0; i < cumulative.length; i++) {
      acc += 1 + this.names.get(i).sitelinks();
      cumulative[i] = acc;
    }
  }

  /** A sampler over {@code sample} names of the dump {@link SyntheticWikidataDump#write} makes for these arguments. */
  public static NameSampler fromDump(int entities, long seed, int sample) {
    return new NameSampler(SyntheticWikidataDump.names(entities, seed, sample));
  }

  /** All names, in dump order. */
  public List<SampledName> names() {
    return names;
  }

  /** One name, drawn with probability proportional to 1 + sitelinks. */
  public SampledName next(SplittableRandom random) {
    long x = random.nextLong(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return names.get(lo);
  }
}
