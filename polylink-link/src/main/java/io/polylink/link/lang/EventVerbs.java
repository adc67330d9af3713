package io.polylink.link.lang;

import java.util.Map;
import java.util.Set;

/**
 * The commonest forms of the verbs that join names in a one-sentence text: say, meet, visit, win, play, live, work,
 * be born, die, lie (be located), go, come. A sentence the linker sees is often two names and such a verb ("Angela
 * Merkel traf Emmanuel Macron in Paris."); without it the only function word left may be one that half the
 * candidates share ("in"), and the n-gram model, swayed by the names, decides alone. The forms count as function
 * words of their language, weighted by rarity like the rest: a form two languages share ("met": English, Dutch)
 * weighs less than one of its own ("traf").
 *
 * <p>Written by hand from general knowledge of the languages: third person present and past (or participle where
 * the past is compound), and for Catalan the infinitive that its periphrastic past ("va néixer") uses. One list per
 * function-word profile; Croatian and Bosnian share the Serbo-Croatian one, and Cyrillic Serbian is transliterated
 * from it like the rest of that profile.
 */
final class EventVerbs {

  private EventVerbs() {}

  private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
      Map.entry("en", """
          says said meets met visits visited wins won plays played lives lived works worked born dies died lies lay
          located goes went comes came
          """),
      Map.entry("de", """
          sagt sagte trifft traf getroffen besucht besuchte gewinnt gewann gewonnen spielt spielte gespielt lebt lebte
          gelebt wohnt wohnte arbeitet arbeitete gearbeitet geboren stirbt starb gestorben liegt lag gelegen geht ging
          gegangen kommt kam gekommen
          """),
      Map.entry("fr", """
          dit déclaré rencontre rencontré visite visité gagne gagné remporte remporté joue joué vit vécu habite habité
          travaille travaillé né née meurt mort morte situé située trouve va allé vient venu
          """),
      Map.entry("es", """
          dice dijo reúne reunió encuentra encontró visita visitó gana ganó juega jugó vive vivió trabaja trabajó nació
          nacido muere murió fallece falleció va fue viene vino
          """),
      Map.entry("it", """
          dice disse incontra incontrato visita visitato vince vinto gioca giocato vive vissuto abita lavora lavorato
          nato nata nacque muore morto morta morì trova va andato viene venuto
          """),
      Map.entry("pt", """
          diz disse encontra encontrou visita visitou vence venceu ganha ganhou joga jogou vive viveu mora morou
          trabalha trabalhou nasceu nascido morre morreu fica ficou vai foi vem veio
          """),
      Map.entry("nl", """
          zegt zei ontmoet ontmoette bezoekt bezocht wint won gewonnen speelt speelde gespeeld woont woonde leeft leefde
          werkt werkte gewerkt geboren sterft stierf overleden ligt lag gaat ging gegaan komt kwam gekomen
          """),
      Map.entry("sv", """
          säger sa sade träffar träffade besöker besökte vinner vann spelar spelade bor bodde lever levde arbetar
          arbetade jobbar jobbade född föddes dör dog ligger låg går gick kommer kom
          """),
      Map.entry("da", """
          siger sagde møder mødte mødes mødtes besøger besøgte vinder vandt spiller spillede bor boede lever levede
          arbejder arbejdede født døde dør ligger lå går gik kommer kom
          """),
      Map.entry("no", """
          sier sa møter møtte besøker besøkte vinner vant spiller spilte bor bodde lever levde jobber jobbet arbeider
          arbeidet født døde dør ligger lå går gikk kommer kom
          """),
      Map.entry("fi", """
          sanoo sanoi tapaa tapasi vierailee vieraili voittaa voitti pelaa pelasi asuu asui elää eli työskentelee
          työskenteli syntyi kuoli sijaitsee menee meni tulee tuli
          """),
      Map.entry("pl", """
          mówi powiedział powiedziała spotyka spotkał spotkała odwiedza odwiedził odwiedziła wygrywa wygrał wygrała
          gra grał grała mieszka mieszkał mieszkała żyje żył pracuje pracował pracowała urodził urodziła zmarł zmarła
          leży idzie poszedł przychodzi przyszedł
          """),
      Map.entry("cs", """
          říká řekl řekla setkal setkala potkal potkala navštívil navštívila vyhrál vyhrála hraje hrál hrála žije žil
          žila bydlí pracuje pracoval pracovala narodil narodila zemřel zemřela leží jde šel přijde přišel
          """),
      Map.entry("sk", """
          hovorí povedal povedala stretol stretla navštívil navštívila vyhral vyhrala hrá hral hrala žije žil žila
          býva pracuje pracoval pracovala narodil narodila zomrel zomrela leží ide išiel príde prišiel
          """),
      Map.entry("sl", """
          pravi rekel rekla srečal srečala obiskal obiskala zmagal zmagala igra igral igrala živi živel živela dela
          delal delala rodil rodila umrl umrla leži gre šel pride prišel
          """),
      Map.entry("hu", """
          mondta mondja találkozott meglátogatta látogatott nyert nyerte játszik játszott él élt lakik lakott dolgozik
          dolgozott született meghalt fekszik található megy ment jön jött
          """),
      Map.entry("ro", """
          spune spus întâlnit întâlnește vizitat vizitează câștigat câștigă joacă jucat trăiește trăit locuiește
          locuit lucrează lucrat născut moare murit află aflat merge mers vine venit
          """),
      Map.entry("tr", """
          dedi diyor söyledi görüştü buluştu ziyaret etti kazandı kazanıyor oynuyor oynadı yaşıyor yaşadı çalışıyor
          çalıştı doğdu öldü bulunur gidiyor gitti geliyor geldi
          """),
      Map.entry("ca", """
          diu dir troba trobat reunir visita visitat visitar guanya guanyat guanyar juga jugat jugar viu viscut viure
          treballa treballat treballar nascut néixer mor mort morta morir situat anar venir ve
          """),
      Map.entry("gl", """
          di dixo atopa atopou reúne reuniu visita visitou gaña gañou xoga xogou vive viviu traballa traballou naceu
          nado morre morreu atópase vai foi vén veu
          """),
      Map.entry("eu", """
          esan dio bildu bisitatu irabazi jokatu bizi lan jaio hil dago joan etorri
          """),
      Map.entry("ga", """
          dúirt deir bhuail bhuaigh imríonn chónaigh cónaíonn oibríonn rugadh chuaigh téann tháinig tagann
          """),
      Map.entry("id", """
          mengatakan berkata bertemu mengunjungi menang memenangkan bermain tinggal hidup bekerja lahir meninggal
          terletak pergi datang
          """),
      Map.entry("lv", """
          saka teica tikās tiekas apmeklēja uzvarēja uzvar spēlē spēlēja dzīvo dzīvoja strādā strādāja dzimis dzimusi
          nomira mira atrodas iet gāja nāk nāca
          """),
      Map.entry("lt", """
          sako sakė susitiko lankėsi aplankė laimėjo laimi žaidžia žaidė gyvena gyveno dirba dirbo gimė mirė esantis
          eina ėjo ateina atėjo
          """),
      Map.entry("et", """
          ütles ütleb kohtus kohtub külastas võitis võidab mängib mängis elab elas töötab töötas sündis suri asub
          läheb läks tuleb tuli
          """),
      Map.entry("sr-latn", """
          kaže rekao rekla sastao sastala susreo susrela posetio posetila posjetio posjetila pobedio pobijedio pobedila
          pobijedila igra igrao igrala živi živeo živio živela živjela radi radio radila rođen rođena umro umrla nalazi
          leži ide otišao dolazi došao
          """),
      Map.entry("ru", """
          сказал сказала говорит встретился встретилась встречается посетил посетила победил победила выиграл выиграла
          играет играл играла живёт жил жила работает работал работала родился родилась умер умерла находится лежит
          идёт пошёл приехал приехала
          """),
      Map.entry("uk", """
          каже сказав сказала зустрівся зустрілася відвідав відвідала переміг перемогла виграв грає грав грала живе
          жив жила працює працював працювала народився народилася помер померла знаходиться розташований іде пішов
          приїхав
          """),
      Map.entry("be", """
          кажа сказаў сказала сустрэўся сустрэлася наведаў перамог гуляе гуляў жыве жыў працуе працаваў нарадзіўся
          нарадзілася памёр знаходзіцца ідзе прыехаў
          """),
      Map.entry("bg", """
          каза казва срещна срещнал посети посещава спечели печели играе живее живя работи работеше роден родена
          почина умря намира отива отиде идва дойде
          """),
      Map.entry("mk", """
          рече кажа сретна сретнал посети победи игра живее живееше работи работеше роден родена почина умре наоѓа оди
          отиде доаѓа дојде
          """),
      Map.entry("kk", """
          айтты айтады кездесті барды жеңді ойнайды тұрады сүрді істейді туған қайтыс орналасқан барады келді
          """));

  /** The forms for a profile's language code, empty when none are listed. */
  static Set<String> forms(String code) {
    String list = BY_LANGUAGE.get(code);
    return list == null ? Set.of() : HandStopwords.words(list);
  }
}
