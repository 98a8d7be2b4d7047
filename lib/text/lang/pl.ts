import type { LanguagePack } from './types';
import { once, wordSet } from './words';

/**
 * Hand-written (no maintained Polish list among our packages): the most frequent function
 * words and a few news words ("powiedział", "roku").
 */
const COMMON =
  'a aby albo ale ani aż bardzo bez bo być był była było były będzie będą by byli bym by czy czyli dla do dlatego dziś gdy gdyż gdzie go i ich im inne ja jak jaki jaka jakie jako jednak jego jej jemu jest jeszcze jeśli jeżeli już ją każdy kiedy kto która które którego której który których którym którzy lub ma mają mam może można mu my na nad nam nas naszego nasz nasza nasze nawet nich nie niech niej nim nią niż no o od około oraz po pod ponieważ przed przez przy roku również są się sobie swoje swój swoją ta tak także tam te tego tej ten też to tu tych tylko tym ty u w we wiele więc wszystko wszystkich z za ze że żeby według lat latach roku powiedział powiedziała zł proc';

const STOPWORDS_PL = once(() => wordSet(COMMON, 'zaś lecz mnie mi mną nami wam was wy oni one ona ono on jego jej ich ku pan pani też tę tą tej dwa trzy nowy nowa nowe'));

export const pl: LanguagePack = {
  code: 'pl',
  heading: 'W skrócie',
  questionMark: '?',
  table: { caption: 'Najważniejsze wątki', aspect: 'Aspekt', says: 'Co mówi artykuł', figuresCaption: 'Kluczowe liczby', figure: 'Liczba', counts: 'Czego dotyczy', structural: ['wstęp', 'wprowadzenie', 'podsumowanie', 'zakończenie', 'wnioski', 'źródła', 'przypisy', 'komentarze', 'czytaj także', 'czytaj też'] },
  get stopwords() {
    return STOPWORDS_PL();
  },
  detectionWords: wordSet(COMMON),
  abbreviations: wordSet('r rr tys mln mld zł gr ul al pl np m.in tzw ok godz prof dr hab im św gen płk ks mgr inż tj itd itp br ub wg nr pt os dot zob godz min maks proc ds św tel pkt poz art ust'),
  mayEndSentence: wordSet('r rr tys mln mld zł gr itd itp br proc'),
  cues: {
    why: ['ponieważ', 'bo', 'dlatego', 'gdyż', 'z powodu', 'przez', 'dzięki', 'przyczyną', 'powodem'],
    next: ['będzie', 'będą', 'zostanie', 'zostaną', 'planuje', 'planują', 'ma zostać', 'mają', 'zamierza', 'zamierzają', 'przyszłym', 'kolejnym', 'wkrótce'],
    when: ['poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę', 'niedzielę', 'wczoraj', 'dziś', 'dzisiaj', 'jutro'],
  },
  dates: {
    months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień', 'styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'],
    weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'poniedziałku', 'wtorku', 'środę', 'środy', 'czwartku', 'piątku', 'sobotę', 'soboty', 'niedzielę', 'niedzieli'],
  },
  speech: {
    verbs: ['powiedział', 'powiedziała', 'powiedzieli', 'mówi', 'mówił', 'mówiła', 'stwierdził', 'stwierdziła', 'podkreślił', 'podkreśliła', 'dodał', 'dodała', 'zaznaczył', 'zaznaczyła', 'wyjaśnił', 'wyjaśniła', 'poinformował', 'poinformowała', 'poinformowali', 'oświadczył', 'oświadczyła', 'przyznał', 'przyznała', 'ocenił', 'oceniła', 'ocenia', 'uważa', 'twierdzi', 'napisał', 'napisała', 'piszą', 'zauważa', 'zauważył', 'zauważyła', 'zapowiedział', 'zapowiedziała', 'przekonuje', 'ostrzega', 'ostrzegł', 'tłumaczy', 'tłumaczył'],
    according: ['według', 'zdaniem', 'jak podaje', 'jak podał', 'jak poinformował', 'jak poinformowała', 'jak mówi', 'cytowany przez', 'jak twierdzi'],
  },
  connectives: { always: ['ale', 'i', 'a', 'jednak', 'ponadto', 'poza tym'], withComma: ['zatem', 'więc', 'tymczasem', 'co więcej', 'natomiast'] },
  furniture: {
    opening: ['czytaj też', 'czytaj także', 'czytaj również', 'czytaj więcej', 'zobacz też', 'zobacz także', 'zobacz również', 'polecamy', 'udostępnij', 'komentarze', 'reklama', 'źródło:', 'fot.', 'fot:', 'foto:', 'wersja mobilna', 'wersja do druku', 'ostatnie wiadomości', 'najnowsze wiadomości', 'podobne artykuły', 'tagi:', 'zapraszamy'],
    anywhere: ['wszelkie prawa zastrzeżone', 'newsletter', 'pliki cookies', 'ciasteczka', 'zapraszamy też do dyskusji', 'przejdź do wersji', 'wersji mobilnej'],
  },
  grammar: {
    anaphora: ['on', 'ona', 'ono', 'oni', 'one', 'to', 'ten', 'ta', 'te', 'tego', 'tej', 'jego', 'jej', 'ich', 'ja', 'my', 'taki', 'taka', 'takie', 'tam', 'obaj', 'obie', 'oboje'],
    leaning: ['kolejny', 'kolejna', 'kolejne', 'inny', 'inna', 'inne', 'poza tym', 'ponadto'],
    demonstratives: ['ten', 'ta', 'te', 'tego', 'tej', 'tych', 'tę', 'tą', 'tymi'],
    subjects: ['on', 'ona', 'ono', 'oni', 'one'],
    deictic: ['rok', 'roku', 'tydzień', 'tygodniu', 'miesiąc', 'miesiącu', 'weekend', 'rano', 'wieczór', 'wieczorem', 'sezon', 'sezonie', 'lato', 'latem', 'zimą', 'wiosną', 'jesienią', 'dzień', 'dnia', 'raz', 'razem', 'czas', 'czasie', 'wieku', 'wiek'],
    additives: ['jednak', 'również', 'także', 'też', 'natomiast'],
    relatives: ['który', 'która', 'które', 'którego', 'której', 'którym', 'których', 'którzy', 'gdzie'],
    sceneOpeners: ['podczas', 'po', 'przed', 'w', 'we', 'na', 'przy', 'mimo', 'od', 'z', 'ze', 'dzięki'],
    negations: ['nie', 'nigdy', 'nikt', 'nic', 'żaden', 'żadna', 'żadne', 'ani'],
    determiners: [],
    clauseLinks: ['choć', 'chociaż'],
  },
  faq: {
    interrogatives: ['dlaczego', 'czemu', 'jak', 'co', 'kto', 'kiedy', 'gdzie', 'jaki', 'jaka', 'jakie', 'ile', 'który', 'która', 'które', 'czy'],
    aboutHeading: (h) => `Co artykuł mówi o „${h}”?`,
    whatHappened: 'Co się stało?',
    who: 'Kogo to dotyczy?',
    whoIs: (n) => `Kim jest ${n}?`,
    says: (n) => `Co mówi ${n}?`,
    when: 'Kiedy to się stało?',
    where: 'Gdzie to się stało?',
    figures: 'Jakie są najważniejsze liczby?',
    why: 'Dlaczego tak się stało?',
    next: 'Co dalej?',
  },
};
