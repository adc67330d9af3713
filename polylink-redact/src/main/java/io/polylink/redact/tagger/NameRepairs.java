package io.polylink.redact.tagger;

import java.util.List;

/**
 * The repairs of the name tagger's output, in the order they run: first those of each detection alone, then those
 * that look at the detections around it. Each line says why the repair is there; each class has its own test.
 */
final class NameRepairs {

  private NameRepairs() {
  }

  /** Run on each detection in turn; a repair that returns null drops it, and an empty span is dropped. */
  static final List<SpanRepair> SPANS = List.of(
      new LowerCaseSpans(),      // lower-case text is mostly not a name, unless a name list knows it
      new QuoteMarks(),          // "> Name" in quoted mail: the quote mark is no part of the name
      new ProseAroundNames(),    // the tagger takes in prose around names: "see Guilty", "Acme resignation Letter"
      new Possessives(),         // "Acme's": the possessive is no part of the name
      new TrailingPunctuation(), // a sentence's period goes; "Inc.", "J." keep their dot
      new SentenceStartWords(),  // capitals at a sentence start say nothing: "Congratulations Maria Lopez"
      new OrdinaryWords(),       // one English word capitalized for emphasis: "like Wisdom and Discipline"
      new NotNames(),            // lone letters, function words, "Sir", "IBAN", "Don" of "Don't", identifiers
      new GivenAndFamilyNames(), // a listed given and family name the tagger read as a place is a person
      new RegionsOfPlaces());    // "Southern Tunisia": a direction before listed places is a region, whatever the above

  /** Run on all detections of a text, each on what the one before returned. */
  static final List<NameRepair> LIST = List.of(
      new OfficeNames(),         // "The Avalara office": a firm the tagger missed
      new PostalForms(),         // "P.O. Box 149", "FPO AP 93757": addresses without a street name
      new SuffixedCompanies(),   // "stillwater supercomputing inc.": a legal form names a company in any case
      new ByStart(),             // text order, which the repairs below walk
      new StreetNames(),         // "Glyn St" after a house number is a street, not a person
      new JoinedAddresses(),     // an address over several lines is one span (needs the street names above)
      new CompanyFirstLines(),   // "Hopstop" read as an address's first line is the addressee's company
      new CompanyLines(),        // the line above an address, below a person, is the addressee's company
      new CoordinatedFirms());   // "Davis, Reynolds and Williamson" is one firm; a list of people or places is not
}
