package io.polylink.bench.synth;

/**
 * A language-neutral name: words of abstract syllables that {@link NameForge} renders in each script, so that the
 * labels of one entity are transliterations of each other ("Markov", "Markow", "Марков", "马尔科夫").
 *
 * @param home the script the name comes from; Latin-script languages respell names from other scripts
 * @param words syllable codes per word, in the order the home culture writes them
 * @param person whether this is a person's name (Han names then start with a family name character)
 * @param literal a fixed Latin-script name (a common word such as "Harbor"), or null
 */
record CoreName(Script home, int[][] words, boolean person, String literal) {

  CoreName {
    if (home == null || words == null || words.length == 0) {
      throw new IllegalArgumentException("core name needs a script and at least one word, got " + home);
    }
  }
}
