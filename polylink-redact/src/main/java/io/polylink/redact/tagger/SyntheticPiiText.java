package io.polylink.redact.tagger;

import io.polylink.redact.Detection;
import io.polylink.redact.PiiTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Annotated training text generated from sentence templates written for Polylink and values from Datafaker's
 * per-locale lists (names, places, companies, street addresses): the data the built-in name tagger learns persons,
 * locations, organizations and street addresses from, since no annotated corpus may ship with the project.
 *
 * <p>Templates put names where letters, support tickets, news, reviews and chat put them, with titles, cue words and
 * none; they also put capitalized words that are <em>not</em> names (book and album titles, products, job titles,
 * genres, languages, weekdays, sentence starts) where a capital-letter heuristic would take them for names, so the
 * tagger has to learn the difference from the name lexicon and the context. Deterministic for a seed.
 */
public final class SyntheticPiiText {

  /** Locales names, places and addresses are drawn from; English US twice as often as each of the others. */
  private static final List<Locale> LOCALES = List.of(Locale.US, Locale.US, Locale.UK, Locale.forLanguageTag("en-CA"),
      Locale.forLanguageTag("en-AU"), Locale.forLanguageTag("en-IN"), Locale.forLanguageTag("en-NG"), Locale.GERMANY,
      Locale.FRANCE, Locale.ITALY, Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("es-MX"),
      Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("sv-SE"),
      Locale.forLanguageTag("fi-FI"), Locale.forLanguageTag("da-DK"), Locale.forLanguageTag("nb-NO"),
      Locale.forLanguageTag("pl-PL"), Locale.forLanguageTag("hu-HU"), Locale.forLanguageTag("cs-CZ"),
      Locale.forLanguageTag("ro-RO"), Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("vi-VN"),
      Locale.forLanguageTag("id-ID"), Locale.forLanguageTag("uk-UA"));

  /**
   * English templates. Slots: {PER} a person's name in one of several forms, {GIV} a given name, {FAM} a family name
   * (after a title), {CITY}, {COUNTRY}, {STATE} places, {ORG} a company, brand, start-up or university, {ADDR} a
   * street address, {WORK} a title-case distractor (book, genre, product, job title, skill, language), {DATE}, {PHONE}, {EMAIL},
   * {NUM} fillers. Only persons, places, organizations and addresses are labelled; the rest is outside.
   */
  private static final String[] EN = {
      "My name is {PER} and I live in {CITY}.",
      "Hi {GIV}, thanks for your message about the order.",
      "Dear {PER},\nWe are pleased to confirm your booking.",
      "Dear Mr. {FAM}, your appointment has been moved to {DATE}.",
      "Dear Ms. {FAM}, please find the invoice attached.",
      "Dr. {FAM} will see you on {DATE} at our clinic in {CITY}.",
      "{PER} called on {DATE} to ask about the delivery.",
      "Please forward this to {PER} at {EMAIL}.",
      "The report was written by {PER} and reviewed by {PER}.",
      "{PER} joined {ORG} as {WORK} in {DATE}.",
      "{PER} works for {ORG} in {CITY}, {COUNTRY}.",
      "Send the signed form to {ADDR}.",
      "Our new office is located at {ADDR}.",
      "Shipping address: {ADDR}",
      "The package for {PER} was delivered to {ADDR}.",
      "I moved from {CITY} to {CITY} last year.",
      "She was born in {CITY}, {COUNTRY} and studied at {ORG}.",
      "He grew up in {STATE} before moving to {COUNTRY}.",
      "{ORG} opened a new branch in {CITY} this spring.",
      "Shares of {ORG} fell after the announcement.",
      "I have been a customer of {ORG} for years.",
      "According to {PER}, {ORG} will hire {NUM} people next year.",
      "My favourite book is {WORK}.",
      "Have you read {WORK} by {PER}?",
      "I just finished {WORK} and loved it.",
      "The album {WORK} is my favourite this year.",
      "We listened to {WORK} on the way to {CITY}.",
      "Our {WORK} team will contact you soon.",
      "The {WORK} position is still open.",
      "I am looking for a job as {WORK}.",
      "Please contact {PER}, our {WORK}, at {PHONE}.",
      "{PER} ({EMAIL}) asked for a refund on {DATE}.",
      "You can reach {GIV} on {PHONE} after 5 pm.",
      "{GIV} said the meeting went well.",
      "I met {GIV} and {GIV} at the conference in {CITY}.",
      "Thanks, {GIV}!",
      "Regards,\n{PER}",
      "Best wishes,\n{PER}\n{ORG}",
      "Sincerely,\n{PER}",
      "Please ask for {PER} when you arrive.",
      "The account holder is {PER}.",
      "Patient {PER}, born {DATE}, was admitted to the ward.",
      "{PER} is the new head of {WORK} at {ORG}.",
      "Monday is a holiday, so the office in {CITY} is closed.",
      "Next Friday we travel to {COUNTRY}.",
      "What is the weather like in {CITY} today?",
      "How do I get from {CITY} to {CITY} by train?",
      "Flights to {COUNTRY} are cheaper in {DATE}.",
      "Can you recommend a hotel near {ADDR}?",
      "The meeting with {ORG} is at {ADDR} on {DATE}.",
      "{PER} and {PER} founded {ORG} in {CITY}.",
      "I spoke with {PER} from {ORG} yesterday.",
      "We received a complaint from {PER} of {CITY}.",
      "Customer: {PER}\nPhone: {PHONE}\nAddress: {ADDR}",
      "Name: {PER}\nEmail: {EMAIL}",
      "Contact person: {PER}, {ORG}",
      "Mr. {PER} and Mrs. {PER} will attend.",
      "Prof. {PER} gave a talk on {WORK}.",
      "{WORK} is on sale this week.",
      "Our {WORK} ships to {COUNTRY} and {COUNTRY}.",
      "Unfortunately, {PER} could not attend the meeting.",
      "Yesterday {PER} visited {CITY} for the first time.",
      "In {DATE}, {ORG} moved its headquarters to {CITY}.",
      "The {WORK} of {ORG} is {PER}.",
      "Call me at {PHONE}, I am {GIV}.",
      "{PER} lives at {ADDR}.",
      "Is {ORG} hiring in {STATE}?",
      "I bought {WORK} from {ORG} but it arrived broken.",
      "{PER} wrote: \"See you in {CITY}!\"",
      "Remember to bring your ID to the {WORK} exam.",
      "Since {DATE}, {PER} has lived in {COUNTRY}.",
      "Welcome back, {GIV}!",
      "The court heard that {PER} had left {COUNTRY} in {DATE}.",
      "{PER}, a spokesperson for {ORG}, declined to comment.",
      "Police in {CITY} are looking for {PER}.",
      "{ORG} and {ORG} agreed to merge.",
      "I love {WORK} and {WORK}.",
      "Please update my address to {ADDR}.",
      "The invoice was sent to {ORG}, {ADDR}.",
      "{GIV} {FAM} is my neighbour.",
      "Is this {GIV}? This is {GIV} from {ORG}.",
      "{ORG} announced a partnership with {ORG}.",
      "I applied for a job at {ORG} last week.",
      "The CEO of {ORG} stepped down on {DATE}.",
      "{ORG} was bought by {ORG} for {NUM} million dollars.",
      "We use {ORG} for payroll and {ORG} for hosting.",
      "{ORG} is a startup based in {CITY}.",
      "Our partners include {ORG}, {ORG} and {ORG}.",
      "She has worked at {ORG} since {DATE}.",
      "{ORG} reported strong results this quarter.",
      "Customers of {ORG} can now pay online.",
      "The data comes from {ORG}.",
      "{ORG}'s main office is in {CITY}.",
      "Thanks to everyone at {ORG} for the help.",
      "My insurance is with {ORG}.",
      "{ORG} offers free returns.",
      "Analysts at {ORG} expect prices to rise.",
      "The event was sponsored by {ORG}.",
      "I got a letter from {ORG} about my account.",
      "Before joining {ORG}, {PER} spent {NUM} months at {ORG}.",
      "Why did {ORG} close my account?",
      "I work for {ORG}.",
      "I work at {ORG} as a {WORK}.",
      "He works for {ORG} now.",
      "My sister works at {ORG} in {CITY}.",
      "I used to work for {ORG}.",
      "Present at the meeting: {PER}, {PER} and {PER}.",
      "Thanks to {GIV}, {GIV} and {GIV} for their help with the move.",
      "Ask {FAM} or {FAM} about the schedule.",
      // signature blocks and business cards: person, (title,) company, address, one per line
      "{PER}\n{ORG}\n{ADDR}",
      "{PER}\n{WORK}\n{ORG}\n{ADDR}",
      "Kind regards,\n{PER}\n{WORK}, {ORG}\n{PHONE}",
      "Let's meet on {DATE} at {ORG}, {ADDR}.",
      "{ORG} was founded by {PER} in {DATE}.",
      "{ORG} is a company based in {CITY}.",
      "{ORG} has offices in {CITY} and {CITY}.",
      // works named after persons: the owner is a person, the title is no entity
      "Have you read {PER}'s {WORK}?",
      "I just finished {FAM}'s new book, {WORK}.",
      "{PER}'s {WORK} was on the radio all week.",
  };

  /**
   * Sentences without persons, places or organizations: they start with the capitalized function words, greetings
   * and verbs that open real sentences, and carry capitalized words that are no names (products, titles, acronyms,
   * holidays, headings), so that a capital letter alone never makes a name.
   */
  private static final String[] FILLER = {
      "You can change your password in the settings.",
      "Hello, I have a question about my last bill.",
      "Are you open on weekends?",
      "So far everything works as expected.",
      "Maybe we should try again tomorrow.",
      "Just let me know when the {WORK} is ready.",
      "Where can I find the {WORK} manual?",
      "Unlike the old version, {WORK} starts quickly.",
      "Can I pay by card?",
      "Cool, thanks for the quick answer.",
      "Please read the Terms and Conditions before you sign.",
      "Why was my order cancelled?",
      "Thank you for choosing our service.",
      "Good morning, the system is down again.",
      "Sorry for the late reply.",
      "Great news: the Premium Plan now includes {WORK}.",
      "All prices include VAT.",
      "New Year's Eve falls on a Thursday this year.",
      "The Annual General Meeting starts at 10 am.",
      "Section 4 of the Data Protection Act applies here.",
      "Our Customer Service Team works around the clock.",
      "FAQ: How do I reset my PIN?",
      "URGENT: please confirm the transfer ASAP.",
      "Happy Birthday and all the best!",
      "Merry Christmas from all of us.",
      "Tuesday works for me, Wednesday does not.",
      "Note: the Free Trial ends after 30 days.",
      "Wow, that was fast.",
      "Honestly, I expected more from {WORK}.",
      "Yes, the refund has been processed.",
      "No, the account is still locked.",
      "Do you ship internationally?",
      "Could you send me the PDF again?",
      "If the problem persists, restart the Router.",
      "After the update, the App crashes on start.",
      "Before you leave, turn off the lights.",
      "When will the Black Friday sale start?",
      "Which plan is better for a small team?",
      "Every Monday we review open tickets.",
      "It was the best {WORK} I have read in years.",
      "Read more in our Privacy Policy.",
      "Click Next to continue, or Cancel to stop.",
      "SELECT name FROM orders WHERE total > 100;",
      "Error 404: Page Not Found.",
      "The Quick Start Guide is included in the box.",
      "Our Summer Sale ends on Sunday.",
      "Congratulations on your new {WORK} role!",
      "Breaking News: markets rally after the vote.",
      "Top 10 Tips for Better Sleep.",
      "Chapter One: The Beginning.",
  };

  /** Templates in German, French, Spanish, Italian, Dutch and Portuguese, names from the matching locales. */
  private static final String[][] OTHER = {
      {"de-DE", "Sehr geehrte Frau {FAM}, vielen Dank für Ihre Nachricht."},
      {"de-DE", "{PER} wohnt in {CITY} und arbeitet bei {ORG}."},
      {"de-DE", "Bitte senden Sie die Unterlagen an {ADDR}."},
      {"de-DE", "Mit freundlichen Grüßen\n{PER}"},
      {"fr-FR", "Bonjour {GIV}, merci pour votre message."},
      {"fr-FR", "{PER} habite à {CITY} depuis {DATE}."},
      {"fr-FR", "Veuillez envoyer le colis à {ADDR}."},
      {"fr-FR", "Cordialement,\n{PER}"},
      {"es-ES", "Me llamo {PER} y vivo en {CITY}."},
      {"es-ES", "{PER} trabaja en {ORG} desde {DATE}."},
      {"es-ES", "La dirección de envío es {ADDR}."},
      {"it-IT", "Gentile {PER}, la ringraziamo per il suo ordine."},
      {"it-IT", "{PER} è nato a {CITY}."},
      {"nl-NL", "Beste {GIV}, bedankt voor je bericht."},
      {"nl-NL", "{PER} woont in {CITY}."},
      {"pt-BR", "Olá {GIV}, seu pedido foi enviado para {ADDR}."},
      {"pt-BR", "{PER} mora em {CITY}, {COUNTRY}."},
  };

  private final Random random;
  private final Faker english;
  private final java.util.Map<Locale, Faker> fakers = new java.util.HashMap<>();

  public SyntheticPiiText(long seed) {
    this.random = new Random(seed);
    this.english = new Faker(Locale.US, new Random(seed ^ 0x5DEECE66DL));
  }

  /** {@code count} documents of one to four sentences each. */
  public List<AnnotatedText> documents(int count) {
    List<AnnotatedText> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(document("synthetic-" + i));
    }
    return out;
  }

  private AnnotatedText document(String id) {
    StringBuilder text = new StringBuilder();
    List<Detection> spans = new ArrayList<>();
    int sentences = 1 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        text.append(random.nextInt(5) == 0 ? "\n" : " ");
      }
      String template;
      Faker f;
      if (random.nextInt(4) == 0) {
        template = FILLER[random.nextInt(FILLER.length)];
        f = english;
      } else if (random.nextInt(8) == 0) {
        String[] t = OTHER[random.nextInt(OTHER.length)];
        template = t[1];
        f = faker(Locale.forLanguageTag(t[0]));
      } else {
        template = EN[random.nextInt(EN.length)];
        f = faker(LOCALES.get(random.nextInt(LOCALES.size())));
      }
      fill(template, f, text, spans);
    }
    return new AnnotatedText(id, text.toString(), spans);
  }

  private Faker faker(Locale l) {
    return fakers.computeIfAbsent(l, x -> new Faker(x, new Random(random.nextLong())));
  }

  private void fill(String template, Faker f, StringBuilder text, List<Detection> spans) {
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        text.append(template, i, template.length());
        break;
      }
      text.append(template, i, open);
      int close = template.indexOf('}', open);
      String slot = template.substring(open + 1, close);
      String type = switch (slot) {
        case "PER", "GIV", "FAM" -> PiiTypes.PERSON;
        case "CITY", "COUNTRY", "STATE" -> PiiTypes.LOCATION;
        case "ORG" -> PiiTypes.ORGANIZATION;
        case "ADDR" -> PiiTypes.STREET_ADDRESS;
        default -> null;
      };
      String value = clean(value(slot, f));
      if (text.length() == 0 || text.charAt(text.length() - 1) == '\n') {
        value = capitalize(value);
      }
      int start = text.length();
      text.append(value);
      if (type != null && !value.isBlank()) {
        spans.add(new Detection(type, start, text.length(), 1.0, "synthetic"));
      }
      i = close + 1;
    }
  }

  private String value(String slot, Faker f) {
    return switch (slot) {
      case "PER" -> person(f);
      case "GIV" -> f.name().firstName();
      case "FAM" -> f.name().lastName();
      case "CITY" -> f.address().city();
      case "COUNTRY" -> random.nextBoolean() ? f.address().country() : english.address().country();
      case "STATE" -> f.address().state();
      case "ORG" -> organization(f);
      case "ADDR" -> address(f);
      case "WORK" -> work();
      case "DATE" -> date();
      case "PHONE" -> f.phoneNumber().phoneNumber();
      case "EMAIL" -> f.internet().emailAddress();
      case "NUM" -> Integer.toString(2 + random.nextInt(500));
      default -> throw new IllegalStateException("unknown slot {" + slot + "}");
    };
  }

  private String person(Faker f) {
    int k = random.nextInt(20);
    String name = switch (k) {
      case 0, 1 -> f.name().firstName() + " " + (char) ('A' + random.nextInt(26)) + ". " + f.name().lastName();
      case 2 -> f.name().firstName() + " " + (char) ('A' + random.nextInt(26)) + " " + f.name().lastName();
      case 3 -> f.name().firstName() + " " + f.name().firstName() + " " + f.name().lastName();
      case 4 -> f.name().lastName();
      case 5 -> f.name().firstName();
      case 6 -> f.name().firstName() + " " + f.name().lastName() + "-" + f.name().lastName();
      default -> f.name().firstName() + " " + f.name().lastName();
    };
    int c = random.nextInt(40);
    if (c == 0) {
      return name.toUpperCase(Locale.ROOT);
    }
    if (c == 1) {
      return name.toLowerCase(Locale.ROOT);
    }
    return name;
  }

  private String organization(Faker f) {
    String name = switch (random.nextInt(18)) {
      case 0 -> english.university().name();
      case 1, 10 -> english.app().name(); // made-up one-word names, as start-ups and brands have
      case 11 -> random.nextBoolean() ? english.brand().sport() : english.brand().watch();
      case 2 -> f.address().city() + " " + pick("Bank", "Hospital", "Football Club", "Public Library", "Museum",
          "City Council", "Airport", "Transit Authority");
      case 3 -> f.name().lastName() + " " + pick("Consulting", "Logistics", "Partners", "Industries", "Media", "Labs",
          "Pharma", "Foods", "Insurance", "Capital", "Software", "Energy");
      case 12, 13, 14 -> vocabularyName(f);
      case 15 -> capitalize(english.word().noun() + english.word().noun()); // closed compounds, as web start-ups
      default -> f.company().name();
    };
    return random.nextInt(40) == 0 ? name.toUpperCase(Locale.ROOT) : name;
  }

  /** Names built from ordinary English words, as many real firms have ("Golden Gate Research", "Blue Water Bank"). */
  private String vocabularyName(Faker f) {
    String head = pick("Research", "Finance", "Analytics", "Partners", "Solutions", "Systems", "Group", "Agency",
        "Networks", "Technologies", "Labs", "Works", "Foundation", "Institute", "Associates", "Holdings", "Ventures",
        "Health", "Capital", "Media", "Energy", "Services", "Corporation", "Inc.", "Co.", "Company", "Bank", "Trust",
        "Studios", "Press", "Airlines", "Motors", "International", "Global", "Software", "Consulting", "Logistics");
    String first = switch (random.nextInt(5)) {
      case 0 -> english.color().name();
      case 1 -> english.nation().nationality();
      case 2 -> f.name().lastName();
      default -> english.word().adjective();
    };
    String name = switch (random.nextInt(4)) {
      case 0 -> first + " " + head;
      case 1 -> first + " " + english.word().noun();
      default -> first + " " + english.word().noun() + " " + head;
    };
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(capitalize(w));
    }
    return b.toString();
  }

  private String address(Faker f) {
    String street = f.address().streetAddress();
    return switch (random.nextInt(8)) {
      case 0 -> street;
      case 1 -> street + ", " + f.address().city();
      case 2 -> street + " " + f.address().secondaryAddress() + "\n" + f.address().city() + ", "
          + f.address().stateAbbr() + " " + f.address().zipCode();
      case 3 -> f.address().fullAddress();
      case 4 -> street + "\n" + f.address().city() + "\n" + f.address().state() + " " + f.address().zipCode()
          + "\n" + f.address().country(); // one part per line, as on an envelope
      case 5 -> street + "\n" + f.address().zipCode() + " " + f.address().city().toUpperCase(Locale.ROOT)
          + "\n" + f.address().country().toUpperCase(Locale.ROOT); // postal style in much of Europe
      default -> street + ", " + f.address().city() + " " + f.address().zipCode();
    };
  }

  private String work() {
    return switch (random.nextInt(9)) {
      case 0 -> english.book().title();
      case 1 -> english.book().genre();
      case 2 -> english.commerce().productName();
      case 3 -> english.job().title();
      case 4 -> english.commerce().department();
      case 5 -> english.music().genre();
      case 6 -> english.nation().language();
      case 7 -> english.job().field();
      default -> english.job().keySkills();
    };
  }

  private String date() {
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    return switch (random.nextInt(4)) {
      case 0 -> months[random.nextInt(12)] + " " + (1 + random.nextInt(28));
      case 1 -> months[random.nextInt(12)] + " " + (1990 + random.nextInt(35));
      case 2 -> (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/" + (1990 + random.nextInt(35));
      default -> pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "last week", "next month");
    };
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  /** A value without tabs and surrounding space (line breaks inside, as in addresses, stay). */
  private static String clean(String v) {
    return v.replace('\t', ' ').strip();
  }

  private static String capitalize(String v) {
    return v.isEmpty() ? v : v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
  }
}
