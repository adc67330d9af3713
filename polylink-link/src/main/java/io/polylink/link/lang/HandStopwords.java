package io.polylink.link.lang;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Function words for languages whose stopword lists do not ship with Lucene's analysis-common module (Polish and
 * Ukrainian need extra jars; the others have no Lucene analyzer), plus a few corrections. Written by hand from
 * general knowledge of the languages: the most frequent prepositions, conjunctions, pronouns and auxiliaries.
 */
final class HandStopwords {

  private HandStopwords() {}

  static final String POLISH = """
      i w z na się nie do to że jest o jak ale po co tak za od już jego jej ich przez tylko dla czy oraz był była
      było byli są może ten ta te tym tego tej tę też jednak gdy który która które którzy bardzo także przy pod nad
      bez między jako więc lub albo mnie mi ja ty on ona ono my wy oni one sobie siebie tu tam gdzie kiedy teraz
      jeszcze zawsze nigdy wszystko nic być mieć jestem jesteś jesteśmy będzie będą został została zostało ze we aby
      żeby gdyż ponieważ jeśli jeżeli nawet około wśród według dlatego
      """;

  /**
   * Slovak: no Lucene analyzer. Its function words overlap Czech's ("a", "v", "na", "je", "to", "že") but differ in
   * many of the most frequent ("sa", "pre", "som", "bol", "ktorý", "alebo", "aj", "už", "keď").
   */
  static final String SLOVAK = """
      a aj ale alebo ako až by bol bola bolo boli byť bude budú či čo do ešte ho ich im iba ja je jeho jej ju k ku
      keď kde kto ktorá ktoré ktorí ktorý len ma mi my na nad nám nás nie nič o od on ona ono oni ony po pod podľa
      pre pred pri s sa si sme so som ste sú tak tam tá tí to tie tiež tento táto toto ten u už v vo však vy z za zo
      že medzi môj moja moje tvoj náš váš svoj svoja svoje môže veľmi lebo preto teda pretože kam kedy prečo koľko
      odkiaľ
      """;

  /** Slovene: no Lucene analyzer. */
  static final String SLOVENE = """
      in je se na v za da so pa z s ki po od do iz ne bi kot tudi ali pri ga jih jim mu ji sem si smo ste sta bil
      bila bilo bili bo bodo biti še že zelo lahko med pred nad pod brez proti samo ter vendar če kaj kje kdo kako
      ko to ta ti te tega temu tem njegov njegova njen njena naš vaš moj moja moje jaz on ona ono mi vi oni one ker
      saj torej zato kam kdaj zakaj koliko
      """;

  static final String UKRAINIAN = """
      і й та в у на з із зі що не до як це він вона воно вони ми ви я ти його її їх їм був була було були є від за
      по але або також тому щоб коли де який яка яке які цей ця ці цього свій своє своїх буде будуть бути для про
      після через між вже ще дуже тільки лише себе так ні чи якщо при над під без нас вас йому ним нею нього неї
      усі всі все може можна треба саме інші інших році
      """;

  static final String BELARUSIAN = """
      і ў у на не што гэта з да як ён яна яно яны мы вы я ты але ці каб было быў была былі па ад для таксама толькі
      яго яе іх калі дзе які якая якое якія гэты гэтая гэтыя так ужо яшчэ пра пасля праз паміж свой сваю сваіх бо
      а жа вельмі можна трэба ёсць будзе усе ўсе усё ўсё
      """;

  static final String MACEDONIAN = """
      и на во со од за да се е не што го ја ги ќе беше биде тоа овој оваа ова овие тие таа тој кој која кое кои но
      или како каде кога му им до по при без меѓу уште само сите веќе има нема сум си сме сте нив неа него неговиот
      исто така многу ако
      """;

  static final String KAZAKH = """
      және мен бұл да де та те үшін бойынша деп бар жоқ еді болып болды оның олар біз сіз ол осы сол бір әр ал
      бірақ немесе туралы кейін дейін арқылы бен пен ғана тек қазір өз өзі екен сияқты сондай барлық көп
      """;

  static final String URDU = """
      کے کی کا ہے میں اور سے کو نے یہ وہ ہیں تھا تھی تھے پر بھی ایک کہ ہو گیا گئی جو نہیں تو اس ان کر کیا رہا
      رہے لیے کرنے ہوتا ہوئے جب تک اپنے اپنی ساتھ بعد
      """;

  static final String HEBREW = """
      של את על הוא היא לא עם זה זו זאת כי גם אבל או אם יש אין היה הייתה היו הם הן אני אנחנו אתה כל מה מי רק עוד
      כמו אחרי לפני בין אשר שלא כך אותו אותה להיות ידי כדי מאוד לו לה להם אך
      """;

  /** Yiddish, with and without the ligatures װ and ײ since both spellings are common. */
  static final String YIDDISH = """
      און איז דער די דאס פון מיט ניט נישט זיך ער זי מיר איר זיי אין אויף צו א האט געווען וואס ווי אבער
      אויך נאך שוין ביי פאר צום זיין וועט וועלן קען דעם ווען ווייל װאָס װי װעט װען װײַל זײַן בײַ
      """;

  static final String MARATHI = """
      आणि आहे आहेत व हे ही या होते होता होती त्या तो ती ते मी आम्ही नाही म्हणून केले करून पण आता त्यांनी
      त्याच्या त्याची त्याचे त्यांच्या म्हणजे तसेच आपण आपल्या येथे असे असून झाले झाली आले काही सर्व
      """;

  /**
   * Words Danish shares with Norwegian that Lucene's shorter Danish list lacks; without them every such word would
   * count as evidence for Norwegian alone.
   */
  static final String DANISH_EXTRA = """
      kan kun ved så ingen samme fordi hver hvem hvordan hvorfor ja uden siden før både begge kom meget mange nogen
      også flere man igen bare lidt tilbage
      """;

  /** Words Norwegian (Bokmål) shares with Danish that Lucene's Norwegian list lacks. */
  static final String NORWEGIAN_EXTRA = """
      alt ham hos jo under dog flere igjen mye litt tilbake
      """;

  /**
   * Everyday Portuguese words that Lucene's Spanish list has and its Portuguese list lacks; otherwise a Portuguese
   * sentence with "durante", "todo" and "porque" reads as Spanish.
   */
  static final String PORTUGUESE_EXTRA = """
      durante todo toda todos todas porque antes depois sobre entre também ainda sempre nunca cada outro outra outros
      outras mesmo mesma sem contra desde até após onde quando muito muita muitos muitas pouco então assim
      """;

  /**
   * Serbian (Latin letters) prepositions and conjunctions missing from Lucene's list, which holds mostly pronouns and
   * forms of "biti"; transliterated for Cyrillic like the rest of the list.
   */
  static final String SERBIAN_EXTRA = """
      da se ako nam vam ga mu joj ih od do za na u iz kod sa bez kroz prema posle pre ali ili jer kao što šta koji koja
      koje kada gde već još samo takođe veoma
      """;

  /** Splits one of the lists above into words. */
  static Set<String> words(String list) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(list.strip().split("\\s+")).filter(w -> !w.isEmpty()).forEach(out::add);
    return out;
  }
}
