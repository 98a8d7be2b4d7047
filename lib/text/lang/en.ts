import { stopwords as snowball } from '@orama/stopwords/english';
import type { LanguagePack } from './types';
import { once, wordSet } from './words';

/** Hand-written: function words and news words ("said", "told", "according"). */
const COMMON = `a about above after again against all also am an and any are aren't as at be because been before being below between both but by can can't could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most mr mrs ms much must mustn't my myself no nor not now of off on once only or other ought our ours ourselves out over own per said same says say shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those though through to too under until up upon us very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's will with won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves one two new also however told according like get got year years`;

const STOPWORDS_EN = once(() => wordSet(snowball, COMMON));

export const en: LanguagePack = {
  code: 'en',
  heading: 'In brief',
  questionMark: '?',
  get stopwords() {
    return STOPWORDS_EN();
  },
  detectionWords: wordSet(COMMON),
  abbreviations: new Set(
    'mr mrs ms dr prof st jr sr vs etc inc ltd co corp gov sen rep gen col lt sgt capt maj adm rev no nos fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est u.s u.k u.n e.g i.e a.m p.m'.split(' '),
  ),
  cues: {
    why: ['because', 'therefore', 'caused', 'so that', 'in order to', 'as a result', 'the reason'],
    next: ['will', 'plans to', 'plan to', 'expected to', 'next', 'future', 'upcoming', 'intends', "won't", 'shall', 'going to', 'is set to', 'are set to', 'scheduled'],
    when: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today', 'tomorrow'],
  },
  faq: {
    interrogatives: ['why', 'how', 'what', 'who', 'when', 'where', 'which', 'is', 'are', 'can', 'should', 'will', 'does', 'do'],
    aboutHeading: (h) => `What does the article say about “${h}”?`,
    whatHappened: 'What happened?',
    who: 'Who is involved?',
    whoIs: (n) => `Who is ${n}?`,
    says: (n) => `What does ${n} say?`,
    when: 'When did it happen?',
    where: 'Where did it happen?',
    figures: 'What are the key figures?',
    why: 'Why did it happen?',
    next: 'What happens next?',
  },
};
