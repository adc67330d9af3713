package io.polylink.link.lang;

import java.util.List;
import java.util.Map;

/** Short texts written for these tests (not taken from any corpus), two or three per language. */
final class Samples {

  private Samples() {}

  static final Map<String, List<String>> BY_LANGUAGE = Map.ofEntries(
      Map.entry("en", List.of(
          "The committee met on Tuesday to discuss the new budget, but no decision was reached before the evening.",
          "She said that the bridge would be closed for repairs until the end of the month.",
          "He has lived in this town for most of his life and knows almost everyone.")),
      Map.entry("de", List.of(
          "Der Bürgermeister hat am Montag angekündigt, dass die Brücke im Sommer renoviert wird.",
          "Wir sind gestern mit dem Zug nach Hamburg gefahren, weil die Autobahn gesperrt war.",
          "Sie wusste nicht, ob er noch kommen würde.")),
      Map.entry("fr", List.of(
          "Le maire a annoncé lundi que le pont serait fermé pendant tout l'été pour des travaux.",
          "Nous sommes partis très tôt parce que la route était longue et que nous voulions arriver avant la nuit.",
          "Elle ne savait pas s'il viendrait ce soir.")),
      Map.entry("es", List.of(
          "El alcalde anunció el lunes que el puente estará cerrado durante todo el verano por obras.",
          "Salimos muy temprano porque el camino era largo y queríamos llegar antes de la noche.",
          "¿Sabes si ella vendrá a la reunión mañana?")),
      Map.entry("it", List.of(
          "Il sindaco ha annunciato lunedì che il ponte resterà chiuso per tutta l'estate a causa dei lavori.",
          "Siamo partiti molto presto perché la strada era lunga e volevamo arrivare prima della sera.",
          "Non sapeva se lui sarebbe venuto alla festa.")),
      Map.entry("pt", List.of(
          "O prefeito anunciou na segunda-feira que a ponte ficará fechada durante todo o verão para obras.",
          "Saímos muito cedo porque o caminho era longo e queríamos chegar antes da noite.",
          "Ela não sabia se ele viria à reunião amanhã.")),
      Map.entry("nl", List.of(
          "De burgemeester heeft maandag aangekondigd dat de brug de hele zomer gesloten blijft voor werkzaamheden.",
          "We zijn heel vroeg vertrokken omdat de weg lang was en we voor het donker wilden aankomen.",
          "Zij wist niet of hij nog zou komen.")),
      Map.entry("sv", List.of(
          "Borgmästaren meddelade på måndagen att bron kommer att vara stängd hela sommaren för reparationer.",
          "Vi åkte tidigt eftersom vägen var lång och vi ville komma fram innan det blev mörkt.",
          "Hon visste inte om han skulle komma till mötet.")),
      Map.entry("da", List.of(
          "Borgmesteren meddelte mandag, at broen vil være lukket hele sommeren på grund af reparationer.",
          "Vi tog tidligt af sted, fordi vejen var lang, og vi ville nå frem, før det blev mørkt.",
          "Hun vidste ikke, om han ville komme til mødet, og hun havde ikke spurgt ham.")),
      Map.entry("no", List.of(
          "Ordføreren sa mandag at brua blir stengt hele sommeren på grunn av reparasjoner.",
          "Vi dro tidlig fordi veien var lang, og vi ville komme fram før det ble mørkt.",
          "Hun visste ikke om han ville komme på møtet, og hun hadde ikke spurt ham.")),
      Map.entry("fi", List.of(
          "Pormestari ilmoitti maanantaina, että silta on suljettuna koko kesän korjaustöiden vuoksi.",
          "Lähdimme aikaisin, koska matka oli pitkä ja halusimme perille ennen pimeää.",
          "Hän ei tiennyt, tulisiko mies kokoukseen.")),
      Map.entry("pl", List.of(
          "Burmistrz ogłosił w poniedziałek, że most będzie zamknięty przez całe lato z powodu remontu.",
          "Wyjechaliśmy bardzo wcześnie, ponieważ droga była długa i chcieliśmy dotrzeć przed zmrokiem.",
          "Nie wiedziała, czy on przyjdzie na spotkanie.")),
      Map.entry("cs", List.of(
          "Starosta v pondělí oznámil, že most bude kvůli opravám uzavřen po celé léto.",
          "Vyjeli jsme velmi brzy, protože cesta byla dlouhá a chtěli jsme dorazit před setměním.",
          "Nevěděla, jestli on přijde na schůzi, ale doufala v to.")),
      Map.entry("hu", List.of(
          "A polgármester hétfőn bejelentette, hogy a híd az egész nyár folyamán zárva lesz a felújítás miatt.",
          "Nagyon korán indultunk, mert az út hosszú volt, és sötétedés előtt oda akartunk érni.",
          "Nem tudta, hogy a férfi eljön-e a megbeszélésre.")),
      Map.entry("ro", List.of(
          "Primarul a anunțat luni că podul va fi închis toată vara din cauza lucrărilor de reparații.",
          "Am plecat foarte devreme pentru că drumul era lung și voiam să ajungem înainte de căderea nopții.",
          "Ea nu știa dacă el va veni la întâlnire.")),
      Map.entry("tr", List.of(
          "Belediye başkanı pazartesi günü köprünün onarım nedeniyle bütün yaz boyunca kapalı kalacağını açıkladı.",
          "Çok erken yola çıktık çünkü yol uzundu ve karanlık basmadan önce varmak istiyorduk.",
          "Onun toplantıya gelip gelmeyeceğini bilmiyordu ama yine de bekledi.")),
      Map.entry("ru", List.of(
          "Мэр объявил в понедельник, что мост будет закрыт на ремонт всё лето.",
          "Мы выехали очень рано, потому что дорога была длинной и мы хотели успеть до темноты.",
          "Она не знала, придёт ли он на встречу.")),
      Map.entry("uk", List.of(
          "Мер оголосив у понеділок, що міст буде закритий на ремонт усе літо.",
          "Ми виїхали дуже рано, тому що дорога була довга і ми хотіли встигнути до темряви.",
          "Вона не знала, чи прийде він на зустріч.")),
      Map.entry("bg", List.of(
          "Кметът обяви в понеделник, че мостът ще бъде затворен за ремонт през цялото лято.",
          "Тръгнахме много рано, защото пътят беше дълъг и искахме да пристигнем преди да се стъмни.",
          "Тя не знаеше дали той ще дойде на срещата.")),
      Map.entry("sr", List.of(
          "Градоначелник је у понедељак објавио да ће мост бити затворен због радова током целог лета.",
          "Кренули смо веома рано јер је пут био дуг и желели смо да стигнемо пре мрака.",
          "Она није знала да ли ће он доћи на састанак.")),
      Map.entry("el", List.of(
          "Ο δήμαρχος ανακοίνωσε τη Δευτέρα ότι η γέφυρα θα παραμείνει κλειστή όλο το καλοκαίρι.",
          "Φύγαμε πολύ νωρίς γιατί ο δρόμος ήταν μακρύς και θέλαμε να φτάσουμε πριν νυχτώσει.")),
      Map.entry("ar", List.of(
          "أعلن رئيس البلدية يوم الاثنين أن الجسر سيبقى مغلقا طوال فصل الصيف بسبب أعمال الصيانة.",
          "غادرنا في وقت مبكر جدا لأن الطريق كان طويلا وأردنا الوصول قبل حلول الظلام.",
          "لم تكن تعرف إذا كان سيأتي إلى الاجتماع.")),
      Map.entry("fa", List.of(
          "شهردار روز دوشنبه اعلام کرد که پل به دلیل تعمیرات در تمام تابستان بسته خواهد بود.",
          "ما خیلی زود راه افتادیم چون راه طولانی بود و می‌خواستیم پیش از تاریکی برسیم.",
          "او نمی‌دانست که آیا او به جلسه خواهد آمد یا نه.")),
      Map.entry("he", List.of(
          "ראש העירייה הודיע ביום שני כי הגשר יהיה סגור לאורך כל הקיץ בגלל עבודות תיקון.",
          "יצאנו מוקדם מאוד כי הדרך הייתה ארוכה ורצינו להגיע לפני החשיכה.",
          "היא לא ידעה אם הוא יבוא לפגישה.")),
      Map.entry("hi", List.of(
          "महापौर ने सोमवार को घोषणा की कि मरम्मत के कारण पुल पूरी गर्मी बंद रहेगा।",
          "हम बहुत जल्दी निकल गए क्योंकि रास्ता लंबा था और हम अंधेरा होने से पहले पहुँचना चाहते थे।",
          "उसे नहीं पता था कि वह बैठक में आएगा या नहीं।")),
      Map.entry("zh", List.of(
          "市长星期一宣布，由于维修工程，这座桥整个夏天都将关闭。",
          "我们很早就出发了，因为路很远，我们想在天黑之前到达。")),
      Map.entry("ja", List.of(
          "市長は月曜日、修理工事のため橋が夏の間ずっと閉鎖されると発表した。",
          "道が長かったので、私たちは暗くなる前に着くように朝早く出発しました。")),
      Map.entry("ko", List.of(
          "시장은 월요일에 수리 공사 때문에 다리가 여름 내내 폐쇄될 것이라고 발표했다.",
          "길이 멀어서 우리는 어두워지기 전에 도착하려고 아주 일찍 출발했다.")),
      Map.entry("th", List.of(
          "นายกเทศมนตรีประกาศเมื่อวันจันทร์ว่าสะพานจะปิดตลอดฤดูร้อนเพื่อซ่อมแซม",
          "เราออกเดินทางแต่เช้ามากเพราะทางไกลและเราอยากไปถึงก่อนมืด")));

  /**
   * A second set, written after the identifier was tuned on {@link #BY_LANGUAGE} and never used for tuning: its
   * accuracy is the honest figure.
   */
  static final Map<String, List<String>> HELD_OUT = Map.ofEntries(
      Map.entry("en", List.of(
          "Prices for fresh vegetables rose again this week, and many families are cutting back on what they buy.",
          "If you would like to join the reading group, please let us know by Friday.")),
      Map.entry("de", List.of(
          "Die Preise für frisches Gemüse sind diese Woche wieder gestiegen, und viele Familien kaufen weniger ein.",
          "Wenn Sie an der Lesegruppe teilnehmen möchten, melden Sie sich bitte bis Freitag.")),
      Map.entry("fr", List.of(
          "Les prix des légumes frais ont encore augmenté cette semaine et beaucoup de familles achètent moins.",
          "Si vous voulez rejoindre le club de lecture, prévenez-nous avant vendredi.")),
      Map.entry("es", List.of(
          "Los precios de las verduras frescas volvieron a subir esta semana y muchas familias compran menos.",
          "Si quieres unirte al grupo de lectura, avísanos antes del viernes.")),
      Map.entry("it", List.of(
          "I prezzi della verdura fresca sono aumentati di nuovo questa settimana e molte famiglie comprano meno.",
          "Se vuoi partecipare al gruppo di lettura, faccelo sapere entro venerdì.")),
      Map.entry("pt", List.of(
          "Os preços dos legumes frescos voltaram a subir esta semana e muitas famílias estão a comprar menos.",
          "Se quiser participar no grupo de leitura, avise-nos até sexta-feira.")),
      Map.entry("nl", List.of(
          "De prijzen van verse groenten zijn deze week opnieuw gestegen en veel gezinnen kopen minder.",
          "Als je bij de leesclub wilt, laat het ons dan voor vrijdag weten.")),
      Map.entry("sv", List.of(
          "Priserna på färska grönsaker steg igen den här veckan och många familjer handlar mindre.",
          "Om du vill vara med i läsecirkeln, hör av dig senast på fredag.")),
      Map.entry("da", List.of(
          "Priserne på friske grøntsager steg igen i denne uge, og mange familier køber mindre ind.",
          "Hvis du gerne vil være med i læseklubben, så giv os besked senest fredag.")),
      Map.entry("no", List.of(
          "Prisene på ferske grønnsaker steg igjen denne uken, og mange familier handler mindre.",
          "Hvis du vil være med i lesesirkelen, gi oss beskjed innen fredag.")),
      Map.entry("fi", List.of(
          "Tuoreiden vihannesten hinnat nousivat taas tällä viikolla, ja monet perheet ostavat vähemmän.",
          "Jos haluat mukaan lukupiiriin, ilmoita meille perjantaihin mennessä.")),
      Map.entry("pl", List.of(
          "Ceny świeżych warzyw znowu wzrosły w tym tygodniu i wiele rodzin kupuje mniej.",
          "Jeśli chcesz dołączyć do klubu książki, daj nam znać do piątku.")),
      Map.entry("cs", List.of(
          "Ceny čerstvé zeleniny tento týden opět vzrostly a mnoho rodin nakupuje méně.",
          "Pokud se chcete připojit ke čtenářskému kroužku, dejte nám vědět do pátku.")),
      Map.entry("hu", List.of(
          "A friss zöldségek ára ezen a héten ismét emelkedett, és sok család kevesebbet vásárol.",
          "Ha csatlakozni szeretnél az olvasókörhöz, péntekig szólj nekünk.")),
      Map.entry("ro", List.of(
          "Prețurile legumelor proaspete au crescut din nou săptămâna aceasta, iar multe familii cumpără mai puțin.",
          "Dacă vrei să te alături clubului de lectură, anunță-ne până vineri.")),
      Map.entry("tr", List.of(
          "Taze sebze fiyatları bu hafta yine yükseldi ve birçok aile daha az alışveriş yapıyor.",
          "Okuma grubuna katılmak istersen cuma gününe kadar bize haber ver.")),
      Map.entry("ru", List.of(
          "Цены на свежие овощи на этой неделе снова выросли, и многие семьи покупают меньше.",
          "Если хотите присоединиться к книжному клубу, сообщите нам до пятницы.")),
      Map.entry("uk", List.of(
          "Ціни на свіжі овочі цього тижня знову зросли, і багато родин купують менше.",
          "Якщо хочете долучитися до книжкового клубу, повідомте нам до п'ятниці.")),
      Map.entry("bg", List.of(
          "Цените на пресните зеленчуци отново се повишиха тази седмица и много семейства купуват по-малко.",
          "Ако искате да се присъедините към читателския клуб, кажете ни до петък.")),
      Map.entry("sr", List.of(
          "Цене свежег поврћа су ове недеље поново порасле и многе породице купују мање.",
          "Ако желите да се придружите читалачком клубу, јавите нам до петка.")),
      Map.entry("el", List.of(
          "Οι τιμές των φρέσκων λαχανικών αυξήθηκαν ξανά αυτή την εβδομάδα.")),
      Map.entry("ar", List.of(
          "ارتفعت أسعار الخضروات الطازجة مرة أخرى هذا الأسبوع، وأصبحت عائلات كثيرة تشتري أقل.",
          "إذا أردت الانضمام إلى نادي القراءة، أخبرنا قبل يوم الجمعة.")),
      Map.entry("fa", List.of(
          "قیمت سبزیجات تازه این هفته دوباره بالا رفت و بسیاری از خانواده‌ها کمتر خرید می‌کنند.",
          "اگر می‌خواهید به گروه کتاب‌خوانی بپیوندید، تا جمعه به ما خبر بدهید.")),
      Map.entry("ur", List.of(
          "اس ہفتے تازہ سبزیوں کی قیمتیں پھر بڑھ گئیں اور بہت سے خاندان کم خریداری کر رہے ہیں۔",
          "اگر آپ مطالعے کے گروپ میں شامل ہونا چاہتے ہیں تو جمعے تک ہمیں بتا دیں۔")),
      Map.entry("he", List.of(
          "מחירי הירקות הטריים עלו שוב השבוע, ומשפחות רבות קונות פחות.",
          "אם אתם רוצים להצטרף לחוג הקריאה, הודיעו לנו עד יום שישי.")),
      Map.entry("yi", List.of(
          "די פּרײַזן פֿון פֿרישע גרינסן זענען די װאָך װידער געשטיגן, און אַ סך משפּחות קויפֿן װײניקער.")),
      Map.entry("hi", List.of(
          "इस सप्ताह ताज़ी सब्ज़ियों के दाम फिर बढ़ गए और कई परिवार कम खरीदारी कर रहे हैं।",
          "अगर आप पढ़ने के समूह में शामिल होना चाहते हैं तो शुक्रवार तक हमें बताइए।")),
      Map.entry("mr", List.of(
          "या आठवड्यात ताज्या भाज्यांचे भाव पुन्हा वाढले आणि अनेक कुटुंबे कमी खरेदी करत आहेत.")),
      Map.entry("zh", List.of(
          "这个星期新鲜蔬菜的价格又上涨了，很多家庭都少买了。",
          "如果你想参加读书会，请在星期五之前告诉我们。")),
      Map.entry("ja", List.of(
          "今週も新鮮な野菜の値段が上がり、多くの家庭が買い物を控えている。",
          "読書会に参加したい方は、金曜日までにお知らせください。")),
      Map.entry("ko", List.of(
          "이번 주에도 신선한 채소 가격이 다시 올라 많은 가정이 소비를 줄이고 있다.")),
      Map.entry("th", List.of(
          "ราคาผักสดสัปดาห์นี้ขึ้นอีกแล้ว และหลายครอบครัวซื้อของน้อยลง")),
      Map.entry("ca", List.of(
          "Els preus de les verdures fresques han tornat a pujar aquesta setmana i moltes famílies compren menys.")),
      Map.entry("id", List.of(
          "Harga sayuran segar kembali naik minggu ini dan banyak keluarga mengurangi belanja mereka.")),
      Map.entry("mk", List.of(
          "Цените на свежиот зеленчук повторно се зголемија оваа недела и многу семејства купуваат помалку.")),
      Map.entry("kk", List.of(
          "Осы аптада жаңа көкөністердің бағасы тағы да өсті және көптеген отбасылар аз сатып алуда.")));
}
