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
  table: { caption: 'At a glance', aspect: 'Aspect', says: 'What the article says', figuresCaption: 'Key figures', figure: 'Figure', counts: 'What it counts', structural: ['introduction', 'conclusion', 'in conclusion', 'summary', 'the bottom line', 'bottom line', 'verdict', 'final thoughts', 'tl;dr', 'overview', 'related', 'read more', 'references', 'sources', 'notes', 'comments', 'see also', 'more'] },
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
  dates: {
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'],
  },
  speech: {
    verbs: ['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'wrote', 'writes', 'tweeted', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'stated', 'states', 'noted', 'notes', 'asked', 'asks', 'replied', 'answered', 'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'admitted', 'admits', 'acknowledged', 'recalled', 'recalls', 'stressed', 'stresses', 'emphasized', 'emphasised', 'suggested', 'suggests', 'believes', 'believed', 'thinks', 'alleged', 'alleges', 'contended', 'contends', 'maintained', 'maintains', 'testified', 'declared', 'declares', 'reported', 'reports', 'posted', 'commented', 'continued', 'concluded', 'observed', 'pointed out', 'went on', 'according to'],
    according: ['according to', 'as reported by', 'in the words of', 'per'],
  },
  connectives: {
    always: ['but', 'and', 'yet', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless'],
    withComma: ['though', 'also', 'in addition', 'still', 'indeed', 'so', 'instead', 'besides', 'additionally', 'in fact', 'now', 'then', 'overall', 'of course', 'for its part', 'for his part', 'for her part', 'in turn', 'as such', 'similarly', 'likewise', 'at the same time'],
  },
  furniture: {
    opening: ['see more', 'read more', 'read also', 'read next', 'related:', 'related articles', 'related stories', 'related content', 'see also', 'more on this', 'most read', 'share this', 'share on', 'follow us', 'sign up', 'subscribe', 'image copyright', 'image caption', 'image source', 'photo:', 'photograph:', 'photo credit', 'credit:', 'caption:', 'source:', 'advertisement', 'sponsored', 'skip to', 'reading time', 'listen to this article', 'watch:', 'video:', 'click here', 'filed under', 'tags:', 'topics:', 'copyright', 'this article was', 'this story was', 'editor\'s note', 'more from', 'recommended'],
    anywhere: ['all rights reserved', 'newsletter', 'sign up for', 'subscribe to', 'get breaking news', 'get the latest', 'cookie policy', 'privacy policy', 'terms of use', 'terms of service', 'let our news meet your inbox', 'download our app', 'enable javascript', 'your browser', 'comments are closed', 'leave a comment', 'affiliate commission', 'we may earn', 'may earn a commission', 'may earn an affiliate', 'disclosure:', 'earn a commission from'],
  },
  grammar: {
    anaphora: ['he', 'she', 'they', 'it', 'this', 'these', 'those', 'that', 'his', 'her', 'their', 'its', 'i', 'we', 'you', 'such'],
    demonstratives: ['this', 'these', 'those'],
    subjects: ['he', 'she', 'they', 'it'],
    deictic: ['year', 'week', 'month', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'time', 'day', 'decade', 'century', 'past', 'point'],
    additives: ['also', 'therefore', 'however', 'meanwhile'],
    leaning: ['the same goes for', 'the same is true', 'likewise', 'similarly', 'in contrast', 'by contrast'],
    impersonal: ['it has been', 'it had been', 'it is time', 'it was not until', 'it remains unclear', 'it is unclear', 'it is not clear', 'it was unclear'],
    relatives: ['who', 'which', 'whose', 'whom', 'where'],
    sceneOpeners: ['during', 'after', 'before', 'in', 'on', 'at', 'with', 'despite', 'amid', 'following', 'as', 'while', 'since', 'under', 'over', 'from', 'throughout', 'within', 'across', 'until', 'when', 'once', 'by', 'without'],
    objectPrepositions: ['in', 'on', 'at', 'with', 'by', 'from', 'over', 'under', 'without', 'within', 'across', 'as'],
    asideAdverbs: { words: ['often', 'sometimes', 'still', 'already', 'again', 'once again', 'for now', 'for the moment', 'of course', 'perhaps', 'in turn', 'it seems', 'so far', 'as well', 'too', 'in part', 'at least', 'at times'], ending: 'ly' },
    negations: ['not', 'no', 'never', 'n\'t', 'nobody', 'nothing', 'neither', 'nor', 'none', 'cannot'],
    determiners: ['a', 'an', 'the', 'one', 'another', 'former'],
    clauseLinks: ['while', 'whereas', 'although', 'though'],
    coordination: { conjunction: 'and', auxiliaries: ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'should', 'said', 'says', 'called', 'urged', 'warned', 'added'] },
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
