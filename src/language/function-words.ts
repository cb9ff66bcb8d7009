/**
 * English contracted forms, with either apostrophe: the pronouns and the
 * negated auxiliaries of quoted speech ("I didn't do it", "It's normal"),
 * written by no other candidate.
 */
const CONTRACTIONS = `don't didn't doesn't won't can't isn't wasn't aren't weren't hasn't haven't
  couldn't wouldn't shouldn't it's that's there's what's he's she's let's i'm i've i'll we're we've we'll you're you've
  you'll they're they've they'll`.split(/\s+/u).flatMap((w) => [w, w.replace("'", '’')]).join(' ');

const CONTRACTION_SET = new Set(CONTRACTIONS.split(' '));

/** Does any of `words` (lower case) contract the English way (didn't, it’s), which no other candidate writes? */
export function hasEnglishContraction(words: readonly string[]): boolean {
  return words.some((w) => CONTRACTION_SET.has(w));
}

/**
 * The most frequent closed-class words of languages that trigram models confuse
 * with a neighbour (Spanish / Galician / Catalan / Portuguese, English /
 * Afrikaans / Dutch, Tagalog / Javanese, Danish / Norwegian / Swedish, …).
 * A sentence's share of each language's function words is word-level evidence
 * franc lacks; it helps the smaller language as much as the larger one, since
 * "unha", "non" and "máis" point to Galician as surely as "una", "no" and "más"
 * point to Spanish. Hand-written from grammars, no benchmark text copied; which
 * classes a list lacked (pronouns, contractions, numbers) was seen in NTREX
 * sentences detection got wrong (see the README).
 */
const LISTS: Record<string, string> = {
  eng: 'the and of to is was that with for on are were this have has had from by which will would their they he she it not but be been an at as or who said after about more than into when what his her its also there ' +
    'in you me us him can just ' + CONTRACTIONS,
  // n: the article 'n, whose apostrophe word matching leaves out.
  afr: 'die en van het is nie wat in op te vir met dat sy hy ook word was aan om deur hulle maar kan sal na uit een by toe daar n ek jy julle baie hierdie daardie sê gesê gewees kry nou mos dalk',
  nld: 'de het een en van is niet dat op te voor met zijn er aan ook wordt werd door maar bij naar uit dan nog om hij zij worden heeft hebben als over deze die wat ik jij jullie wij zou zullen kunnen moeten heel nu alleen',
  deu: 'der die und das ist nicht ein eine zu den von mit sich des auf für im dem es auch als an er sie werden wird bei aus nach hat haben wurde noch über einen',
  dan: 'og i at det er en til på af med for den som de ikke har der var han et fra men vil kan blev efter også skal om sig',
  nob: 'og i det er en til på av med for den som de ikke har var han et fra men vil kan ble etter også skal om seg at',
  swe: 'och i att det är en till på av med för den som de inte har var han ett från men kommer kan blev efter också ska om sig',
  spa: 'el la los las y a de del que en es un una por con para se su sus como pero más al lo le les no ni me mi nos este esta fue ha han he sobre entre también cuando muy sin dijo después años ya hay nada yo tú él nosotros ellos ellas usted eso esto ese esa aquí ahora porque está están estaba estamos hacer puede tiene donde dónde cómo qué quién bien así sí hasta según sino mientras aunque nuestro nuestra sólo unos unas cuatro siete ocho nueve diez',
  por: 'o a os as e de do da dos das que em no na nos nas é um uma por com para se seu sua como mas mais ao foi tem também quando muito sem disse depois anos já não pelo pela são ele ela eu você nós eles elas lhe isso isto esse essa aqui agora porque está estão estava estamos fazer pode onde quem bem assim sim até senão enquanto ainda nosso nossa só uns umas dois quatro sete oito nove dez',
  glg: 'o a os as e de do da dos das que en no na nos nas é un unha por con para se seu súa como pero máis ao foi ten tamén cando moi sen dixo despois anos xa non polo pola son ela coa co eu ti nós eles elas vostede lle iso isto ese esa aquí agora porque está están estaba estamos facer pode onde quen ben así ata senón mentres aínda noso nosa só uns unhas dous catro sete oito nove dez',
  cat: "el la els les i de del dels que en és un una per amb a es seu seva com però més al als va ha han sobre entre també quan molt sense després anys ja no hi ho aquest aquesta jo tu ell nosaltres ells elles vostè li això aquí ara perquè està estan estava estem fer pot té bé així fins segons sinó encara només uns unes dues vuit nou deu l' d' s' m' n' t'",
  ita: "il la lo i gli le e di del della dei che in è un una per con si suo sua come ma più al alla fu ha hanno sono anche quando molto senza dopo anni già non nel nella l' d' dell' dall' nell' sull' all' un' c'",
  fra: "le la les et de du des que en est un une par avec pour se son sa ses comme mais plus au aux il elle ils a ont été sur entre aussi quand très sans après ans déjà ne pas dans qui ce cette je tu nous vous moi toi leur ça oui bien c'est c’est j'ai j’ai n'est n’est qu'il qu’il elles sont était avait fait être avoir tout tous rien l' d' j' n' s' qu' m' t'",
  // Undotted forms too: much Romanian online is written without ă, â, î, ș and ț (si, sa, dupa, cand).
  ron: 'și de la în a cu pe este că un o din pentru care nu se al ai ale mai fost sunt dar lui ei după au fi ' +
    'si sa să ca dupa cand când insa însă asa așa iti îți imi îmi isi își iar daca dacă pana până fara fără catre către despre intre între prin acest aceasta această acum foarte doar toate trebuie noastra noastră',
  tgl: 'ang ng sa na at mga ay si ni kay para hindi ito siya sila niya nila kanyang kanilang may mayroon ngunit pero rin din lamang lang noong nang dahil kung ayon isang po ako ikaw tayo kayo natin namin ninyo ko mo ba ano iyan iyon yan yun dito doon talaga pa',
  jav: 'lan ing kang iku ora karo wis kanggo saka menyang uga nanging dheweke mau iki kuwi ana bisa sing marang wong luwih',
  ind: 'yang dan di ke dari untuk dengan ini itu tidak akan pada dalam adalah juga oleh telah sudah mereka ia kami kita saya atau tetapi namun seperti lebih bisa dapat ada satu para tersebut',
  zsm: 'yang dan di ke dari untuk dengan ini itu tidak akan pada dalam adalah juga oleh telah sudah mereka ia kami kita saya atau tetapi namun seperti lebih boleh dapat ada satu para tersebut',
  swh: 'na ya wa kwa katika ni la za cha vya hii huo kuwa hiyo pia lakini au kama sana wake yake watu baada hata bado tu',
  hau: 'da na a ta ya wanda ba cikin ga kuma shi su ne ce wannan amma don domin daga sun za yi aka',
  // Undotted forms too: much Yoruba online is written without its marks (awon, omo for awọn, ọmọ).
  yor: 'ni ti ati won o si fun pe lati kan awọn naa yii ko lo jẹ sugbon tabi awon omo ọmọ ninu nínú nigba nígbà tele tẹ́lẹ̀ orile yi',
  som: 'iyo ka ku oo in ay waxa wuxuu ee u la aan ah uu ayaa ugu kale sida waa',
  tur: 've bir bu da de için ile olarak olan gibi daha en çok ama ancak kadar sonra her değil var yok ne',
  azj: 'və bir bu da də üçün ilə olaraq olan kimi daha ən çox amma lakin qədər sonra hər deyil var yox',
  uzn: "va bir bu ham uchun bilan sifatida bo'lgan kabi yana eng juda lekin ammo qadar keyin har emas bor yo'q",
  pol: 'i w na z się nie do że to jest o jak ale po od za przez dla co tak był są ich jego',
  ces: 'a v na se že je s z do o to jako ale po od za pro co tak byl jsou jeho které který také by',
  slk: 'a v na sa že je s z do o to ako ale po od za pre čo tak bol sú jeho ktoré ktorý tiež by',
  hrv: 'i u na je se da za su od s o a koji koja što kao ali iz to nije bio će još tko također prije poslije gdje ovdje',
  bos: 'i u na je se da za su od s o a koji koja šta kao ali iz to nije bio će još ko također prije poslije gdje ovdje',
  srp: 'i u na je se da za su od s o a koji koja šta što kao ali iz to nije bio će još ko takođe pre posle gde ovde ' +
    'и у на је се да за су од с о а који која шта што као али из то није био ће још ко такође пре после где овде',
  // Cyrillic neighbours: Russian reflexive -ся and что, Ukrainian і, що, Belarusian ў, што, гэта, Bulgarian че, ще, към, Macedonian дека, ќе, кон.
  rus: 'и в не на что с он я как по это она к но из у за о от так же то все его был было была были мы вы они ее её ли бы уже только еще ещё когда если который которые чтобы для до при после себя тоже где здесь нет да вот там ',
  ukr: 'і в не на що з він я як по це вона до але із у за про від так же то все його був було була були ми ви вони її чи б вже тільки ще коли якщо який які щоб для при після себе теж де тут немає та й також',
  bel: 'і ў не на што з ён я як па гэта яна да але у за пра ад так жа тое усе яго быў было была былі мы вы яны яе ці б ужо толькі яшчэ калі які якія каб для пры пасля сябе таксама дзе тут няма',
  bul: 'и в не на че с той аз как по това тя към но от у за е са се ще да така също то всички беше бяха ние вие те ли би вече само още когато ако който които което до при след себе си тук няма във със',
  mkd: 'и во не на дека со тој јас како по ова таа кон но од кај за е се ќе да така исто тоа сите беше беа ние вие тие ли би веќе само уште кога ако кој кои што до при по себе тука нема',
  slv: 'in je v na se da za so od z o ki kot ali iz to ni bil bo tudi še ker kjer lahko če vendar zato že sem smo ste sta bodo vsak vsi vse',
  hun: 'a az és hogy nem is egy meg de van volt csak már mint el ez azt még vagy kell',
  fin: 'ja on ei se että oli ovat mutta kuin myös tai hän joka jo niin sen kun ole',
  ekk: 'ja on ei see et oli kuid kui ka või ta mis juba nii selle mida pole',
  lit: 'ir kad yra buvo su į iš o bet kaip tai jis ji jo jų nuo dėl per ar taip',
  lvs: 'un ir ka ar no uz par bet kā tas viņš viņa lai arī bija pēc līdz',
  vie: 'của và là có không được trong các những cho với một người này đã để khi từ đến về theo cũng như năm ông bà',
  zul: 'ukuthi futhi kodwa uma ngoba kanye noma lokhu kakhulu abantu',
  // Devanagari: Hindi's, Marathi's and Nepali's own auxiliaries and postpositions, less those two of them write (की, तो, को, का, ही, हो).
  hin: 'है हैं के में से और पर भी यह वह था थे थी नहीं लिए ने गया किया',
  mar: 'आहे आहेत आणि व ते ती होते होता होती नाही म्हणून पण मध्ये करून केले',
  npi: 'छ छन् र मा पनि यो त्यो थियो थिए होइन भने लागि गरेको गर्न भएको',
  als: 'dhe në të e i për me që nga është një se u ka nuk por si do janë',
};

/** Ijekavian forms Croatian and Bosnian write alike, where Serbian writes ekavian ones (mesec, predsednik, pre). */
const IJEKAVIAN = 'mjesec mjeseca predsjednik stoljeće vijest vijesti mlijeko pjesma rijeka snijeg cijena ljeto gdje ovdje prije poslije';
/** Words Bosnian and Serbian write alike, where Croatian writes its own (tijekom, točno, nogomet, siječanj…). */
const BOSNIAN_SERBIAN = 'tokom tačno tačka učestvovati uslov uslovi udruženje pozorište fudbal fudbalski kafa hiljade ' +
  'januar februar mart septembar oktobar novembar decembar';

/**
 * Words that are not closed-class but tell a language from its neighbours, as
 * evidence for detection only (grouping keeps them as content words): English
 * news words no other candidate spells the same way (a headline drops most
 * articles, "Men Held After Theft At Market", and franc's English model, built
 * from one legal text, then ranks Danish or Norwegian first); the Croatian and
 * Bosnian ijekavian forms against the Serbian ekavian ones (vrijeme, vreme),
 * Croatian words against the ones Bosnian and Serbian share (tisuća, tijekom,
 * nogomet, kolovoz: hiljada, tokom, fudbal, avgust or august) and Bosnian's
 * against Serbian's (općina, historija: opština, istorija); Danish and
 * Norwegian forms (uden, næsten, spørgsmål: uten, nesten, spørsmål), less
 * those Swedish writes the same (aldrig, igen; mot, alltid); Slovene words
 * Croatian writes otherwise (vedno, zelo, kdo: uvijek, vrlo, tko); Serbian
 * Cyrillic words Macedonian writes otherwise (године, између, његов: година,
 * помеѓу, негов).
 */
const MARKERS: Record<string, string> = {
  eng: 'our your them these those being does did now then very only other some any many much such because here through during without within ' +
    'across around since until though although however whether up out off down amid against between where how why again should could might must may ' +
    'says told tells warns warned calls called wants plans gets got makes made take takes took found news talks killed dead death murder judge trial ' +
    'charged jail government election voters party leader leaders people woman women children child girl boy family home house city town country ' +
    'world year years week weeks day days new old first before arrest arrested arrests attack attacks price prices rise rises cut cuts pay paid tax ' +
    'work workers strike health energy shares money army troops border looks running weighed backed funding career industry sues',
  dan: 'hvad noget meget siger sagde havde dig mig nu gøre fik mere end hendes været gik blive bliver ' +
    'ud uden udenfor tilbage næsten mellem gennem mod blandt altid måske endnu blevet desuden alligevel fortsat sidste næste anden andet ' +
    'nogle nogen vores os sige spørge købe sælge tænke tænker læse lægge sætte tage tager give giver finde findes møde mødet bruge bruger brugt ' +
    'fortælle begynde hjælp hjælpe uge uger spørgsmål arbejde arbejder penge syg sygehus kvinde kvinder mand mænd børn sprog bog vej lidt ' +
    'tusind hundrede tredive fyrre halvtreds otte',
  nob: 'hva noe mye sier sa hadde deg meg nå gjøre fikk mer enn hennes vært gikk bli blir ' +
    'uten utenfor tilbake nesten mellom gjennom blant aldri kanskje igjen ennå blitt dessuten likevel siste neste annen annet ' +
    'noen våre si spørre kjøpe selge tenke tenker lese legge sette gi gir finnes møte møtet bruke bruker brukt ' +
    'fortelle begynne hjelp hjelpe uke uker prosent regjering regjeringen spørsmål arbeid arbeider penger syk sykehus kvinne kvinner mann menn vei nei litt ' +
    'hundre tjue tretti førti femti åtte opp inn',
  cat: 'tot tots totes aquests aquestes aquell aquella aquells allò molts moltes gens ningú algú algun alguna doncs avui ahir demà què ' +
    'aleshores llavors gairebé potser menys cinc anys meva teva seves dir',
  ces: 'jsem jsi jsme jste nebo když již pouze mezi podle proto protože být bylo byla byli budou mají jen tady všechno všichni nikdo kdy jak ' +
    'neni takze protoze ktery ktera ktere jeste muze neco proc kdyz vsechno',
  slk: 'som sme alebo keď iba medzi cez podľa preto pretože byť bolo bola boli budú majú môže len ešte teraz zajtra všetko všetci niečo nikto niekto kedy prečo',
  slv: 'res vedno zelo tukaj sedaj zdaj včeraj jutri danes nikoli nekaj nič kaj kdo zakaj kdaj torej oziroma ter skozi čez zaradi naj ' +
    'imajo nimam niso jaz tisti kateri katera katero katere vsak več manj potem preden dokler medtem',
  hrv: 'tisuća tjedan dio vrijeme riječ djeca mjesto cijeli uvijek svijet vrlo htio bijeli lijepo kruh obitelj povijest glazba znanost sveučilište vlak ' +
    `${IJEKAVIAN} ` +
    'tijekom točno točka sudjelovati uvjet uvjeti tvrtka tvrtke udruga izvješće kazalište nogomet nogometni zrakoplov kava ' +
    'siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac ' +
    'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
  bos: 'hiljada sedmica dio vrijeme riječ djeca mjesto cijeli uvijek svijet veoma htio bijeli lijepo hljeb porodica historija muzika nauka univerzitet voz ' +
    `${IJEKAVIAN} općina opći sigurnost zrak historijski kahva izvještaj ${BOSNIAN_SERBIAN}`,
  srp: 'hiljada nedelja deo vreme reč deca mesto ceo uvek svet veoma hteo beli lepo hleb porodica istorija muzika nauka univerzitet voz ' +
    'mesec meseca predsednik vek veka vest vesti mleko pesma reka sneg cena leto opština opšti bezbednost vazduh istorijski avgust ' +
    `izveštaj ${BOSNIAN_SERBIAN} ` +
    'хиљада недеља део време реч деца место цео увек свет веома ' +
    'тачно учествовати извештај позориште кафа хиљаде недеље председник ваздух јануар фебруар септембар октобар новембар децембар ' +
    'године годину су смо сте између након због поред његов његова његово њихов њихова када док овај овог тог износи',
};

const SETS = new Map(Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]));
/** What detection weighs: the closed class and the markers. */
const EVIDENCE = new Map([...SETS].map(([lang, set]) => [lang, new Set([...set, ...(MARKERS[lang]?.split(' ') ?? [])])]));

/** Each listed language's place in `LANGUAGES`, and every listed word with the places of the languages that list it. */
const LANGUAGES = [...EVIDENCE.keys()];
const PLACE = new Map(LANGUAGES.map((lang, i) => [lang, i]));
const LISTED_BY = new Map<string, number[]>();
for (const [lang, set] of EVIDENCE) {
  for (const word of set) {
    const places = LISTED_BY.get(word) ?? [];
    places.push(PLACE.get(lang)!);
    LISTED_BY.set(word, places);
  }
}

/**
 * Share of the words that are function words of each of `langs` (undefined for
 * a language without a list), from one lookup per word: detection asks for up
 * to a dozen close candidates at once, over every word of an article.
 * `hits` are the words' `functionWordHits` when the caller has them already.
 */
export function functionWordShares(words: readonly string[], langs: readonly string[], hits: Int32Array = functionWordHits(words)): (number | undefined)[] {
  return langs.map((lang) => {
    const p = PLACE.get(lang);
    if (p === undefined) return undefined;
    return words.length === 0 ? 0 : hits[p]! / words.length;
  });
}

/** The listed languages whose words are at least `minShare` of `words`, from their `hits`: none for most text. */
export function listedAtLeast(hits: Int32Array, words: number, minShare: number): string[] {
  const out: string[] = [];
  if (words === 0) return out;
  for (let p = 0; p < hits.length; p++) if (hits[p]! >= minShare * words) out.push(LANGUAGES[p]!);
  return out;
}

/** Is `word` (lower case) one of the function words of `lang`? False for languages without a list. */
export function isFunctionWord(word: string, lang: string): boolean {
  return SETS.get(lang)?.has(word) ?? false;
}

/**
 * The listed languages other than `lang` (and its `twins`) whose evidence
 * words are at least `minShare` of `words` (lower case) and more than `lang`'s:
 * the languages whose function words lead the text instead. Empty for most text.
 */
export function leadingOthers(words: readonly string[], lang: string, minShare: number, twins: readonly string[] = []): string[] {
  if (words.length === 0) return [];
  const hits = functionWordHits(words);
  const own = PLACE.get(lang);
  const ownHits = own === undefined ? 0 : hits[own]!;
  const out: string[] = [];
  for (let p = 0; p < hits.length; p++) {
    const other = LANGUAGES[p]!;
    if (p !== own && hits[p]! >= minShare * words.length && hits[p]! > ownHits && !twins.includes(other)) out.push(other);
  }
  return out;
}

/**
 * An elided article or pronoun joined to its word (l'enemic, d'acord,
 * dell'anno, qu'il): French, Catalan and Italian write them, Spanish,
 * Portuguese and Galician never do. Its first part is looked up as a word of
 * its own ("l'"), with the plain apostrophe.
 */
const ELIDED = /^(\p{L}{1,4})['’]\p{L}/u;

/**
 * How many of `words` each listed language lists, by its place in `LANGUAGES`:
 * one lookup per word, and one more for an elided first part.
 */
export function functionWordHits(words: readonly string[]): Int32Array {
  const hits = new Int32Array(LANGUAGES.length);
  for (const w of words) {
    const places = LISTED_BY.get(w);
    if (places) for (const p of places) hits[p]!++;
    const elided = w.length > 2 && (w.includes("'") || w.includes('’')) ? ELIDED.exec(w) : null;
    const first = elided ? LISTED_BY.get(`${elided[1]}'`) : undefined;
    if (first) for (const p of first) hits[p]!++;
  }
  return hits;
}
