package io.polylink.link.lang;

import java.util.Locale;

/**
 * A rough speed check, run by hand (not a test: timings on a shared machine make poor assertions). Prints the mean
 * microseconds per call on a 300-word English text after warm-up.
 *
 * <pre>{@code java -cp <test class path> io.polylink.link.lang.LanguageIdentifierMicroMeasure}</pre>
 */
public final class LanguageIdentifierMicroMeasure {

  private LanguageIdentifierMicroMeasure() {}

  /** About 300 words of plain English prose. */
  static final String TEXT_300_WORDS = """
      The town council met late on Thursday evening to decide what should happen to the old railway station, which \
      has been empty for almost twenty years. Some members wanted to sell the building to a private company that \
      plans to turn it into a hotel with a small restaurant on the ground floor. Others argued that the station \
      belongs to the people who live here and that it should become a library, a museum or a place where young \
      people can meet after school. The debate went on for more than three hours, and at times it became quite \
      heated. One councillor reminded everyone that the roof is leaking and that the repairs alone would cost more \
      than the town spends on its parks in a whole year. Another pointed out that the hotel company had promised \
      to keep the clock tower and the old ticket hall exactly as they are, which many residents had asked for in \
      a survey last spring. The mayor, who has always supported the museum idea, said she was worried that a hotel \
      would bring traffic into the narrow streets around the square. Shop owners, on the other hand, welcomed the \
      prospect of more visitors and said that the town needs new jobs more than it needs another museum. In the \
      end the council agreed to ask both groups for detailed plans and to hold a public meeting in the autumn, \
      where anyone will be able to ask questions and give their opinion. A final vote is expected before the end \
      of the year. Until then the station will remain closed, although volunteers have offered to clean the \
      platforms and paint the benches so that the building does not fall further into disrepair. Several local \
      artists have also asked whether they could use the empty waiting room for an exhibition during the summer \
      holidays, and the council said it would consider the request at its next meeting.
      """;

  public static void main(String[] args) {
    LanguageIdentifier id = LanguageIdentifier.create();
    int words = TEXT_300_WORDS.strip().split("\\s+").length;
    long sink = 0;
    for (int i = 0; i < 200_000; i++) {
      sink += id.identify(TEXT_300_WORDS).language().code().length();
    }
    int calls = 500_000;
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sink += id.identify(TEXT_300_WORDS).language().code().length();
    }
    double micros = (System.nanoTime() - start) / 1e3 / calls;
    System.out.printf(Locale.ROOT, "%d words, %d chars: %.2f us per call (%s, sink %d)%n", words,
        TEXT_300_WORDS.length(), micros, id.identify(TEXT_300_WORDS), sink);
  }
}
