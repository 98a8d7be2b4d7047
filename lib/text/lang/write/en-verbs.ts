/**
 * English verbs back to their base form, for questions with "did" and "does": "closed" ->
 * "close", "found" -> "find", "says" -> "say". The irregular verbs news writes most, and the
 * spelling rules of the regular ones; undefined when the word is not a verb form we can tell.
 */

const IRREGULAR: Record<string, string> = Object.fromEntries(
  `arose:arise ate:eat awoke:awake bore:bear beat:beat became:become began:begin bent:bend bet:bet bid:bid bit:bite blew:blow broke:break brought:bring built:build burnt:burn bought:buy caught:catch chose:choose came:come cost:cost crept:creep cut:cut dealt:deal dug:dig dove:dive drew:draw drank:drink drove:drive fell:fall fed:feed felt:feel fought:fight found:find fled:flee flew:fly forbade:forbid forgot:forget forgave:forgive froze:freeze got:get gave:give went:go grew:grow hung:hang had:have heard:hear hid:hide hit:hit held:hold hurt:hurt kept:keep knelt:kneel knew:know laid:lay led:lead leapt:leap left:leave lent:lend let:let lay:lie lit:light lost:lose made:make meant:mean met:meet paid:pay put:put quit:quit read:read rode:ride rang:ring rose:rise ran:run said:say saw:see sought:seek sold:sell sent:send set:set shook:shake shed:shed shone:shine shot:shoot showed:show shut:shut sang:sing sank:sink sat:sit slept:sleep slid:slide spoke:speak sped:speed spent:spend spun:spin split:split spread:spread sprang:spring stood:stand stole:steal stuck:stick stung:sting struck:strike swore:swear swept:sweep swam:swim swung:swing took:take taught:teach tore:tear told:tell thought:think threw:throw understood:understand undertook:undertake upheld:uphold upset:upset woke:wake wore:wear won:win withdrew:withdraw wrote:write overtook:overtake oversaw:oversee overcame:overcome`
    .split(/\s+/u)
    .map((p) => p.split(':')),
);

const PRESENT_IRREGULAR: Record<string, string> = { has: 'have', does: 'do', goes: 'go', is: 'be' };

/** Regular stems that need their final e back: "clos", "rais", "us", "creat", "argu", "handl", "criticiz". */
const NEEDS_E = /(?:[^aeiou][aeiou][csvgz]|[aeiou]u|(?:[^aeiou]|^)u|[bcdfgkpt]l|[^aeiou]at|iz|is|ur|ir|ar|[^aeiou]ag|dg|rg|ng|nc|rc|ns|rs|lv|rv|ov|iv|av|ev|uc|ok|ak|ik|ap|ip|op|up|ot|it|ut|ov|yp|ys|yz|im|om|um|am|ip|ib|ob|ub|ud|id|od|ad|ed|ul|ol|il|al|el|ur|or|er|ar)$/u;
const KEEP_AS_IS = new Set(['open', 'happen', 'listen', 'threaten', 'strengthen', 'widen', 'worsen', 'order', 'offer', 'answer', 'enter', 'suffer', 'consider', 'deliver', 'gather', 'register', 'wonder', 'visit', 'edit', 'credit', 'limit', 'exhibit', 'benefit', 'target', 'budget', 'market', 'prohibit', 'inhabit', 'vomit', 'audit', 'deposit', 'recruit', 'suit', 'debut', 'report', 'support', 'export', 'import', 'resort', 'sort', 'start', 'alert', 'convert', 'divert', 'insert', 'assert', 'exert', 'warn', 'turn', 'return', 'learn', 'earn', 'burn', 'form', 'perform', 'inform', 'confirm', 'claim', 'aim', 'kill', 'fail', 'call', 'fall', 'sail', 'rail', 'mail', 'pull', 'fill', 'roll', 'poll', 'toll', 'spell', 'seem', 'deem', 'need', 'plead', 'head', 'lead', 'load', 'add', 'end', 'attend', 'spend', 'defend', 'extend', 'intend', 'pretend', 'recommend', 'demand', 'land', 'expand', 'brand', 'fund', 'found', 'sound', 'record', 'award', 'reward', 'ground', 'pound', 'wound', 'crash', 'wish', 'push', 'rush', 'finish', 'publish', 'establish', 'watch', 'catch', 'reach', 'search', 'launch', 'touch', 'attack', 'back', 'check', 'lack', 'pick', 'block', 'lock', 'shock', 'mock', 'track', 'kick', 'ask', 'mask', 'risk', 'walk', 'talk', 'work', 'mark', 'park', 'spark', 'look', 'cook', 'book', 'hook', 'help', 'jump', 'dump', 'pump', 'stop', 'drop', 'shop', 'step', 'ship', 'equip', 'develop', 'envelop', 'act', 'attract', 'react', 'protect', 'reject', 'expect', 'affect', 'select', 'elect', 'collect', 'correct', 'detect', 'direct', 'object', 'project', 'suspect', 'respect', 'inspect', 'connect', 'reflect', 'neglect', 'accept', 'adopt', 'attempt', 'exempt', 'count', 'mount', 'point', 'appoint', 'disappoint', 'want', 'grant', 'plant', 'rent', 'present', 'prevent', 'invent', 'repent', 'test', 'arrest', 'invest', 'protest', 'suggest', 'request', 'rest', 'contest', 'list', 'insist', 'resist', 'exist', 'assist', 'persist', 'boost', 'cost', 'post', 'host', 'cast', 'blast', 'forecast', 'last', 'adjust', 'trust', 'bust', 'shift', 'lift', 'draft', 'halt', 'exalt', 'consult', 'result', 'insult', 'melt', 'bolt', 'hunt', 'print', 'sprint', 'hint', 'stunt', 'join', 'gain', 'remain', 'contain', 'explain', 'complain', 'obtain', 'maintain', 'retain', 'train', 'rain', 'sign', 'resign', 'assign', 'design', 'reign', 'campaign', 'own', 'drown', 'frown', 'clean', 'lean', 'mean', 'screen', 'ban', 'plan', 'scan', 'span', 'spin', 'win', 'begin', 'concern', 'govern', 'discern', 'fear', 'appear', 'clear', 'hear', 'near', 'tear', 'wear', 'bear', 'share', 'stir', 'occur', 'prefer', 'refer', 'confer', 'defer', 'infer', 'transfer', 'deter', 'offer', 'stay', 'play', 'pray', 'say', 'pay', 'delay', 'display', 'obey', 'survey', 'convey', 'destroy', 'employ', 'enjoy', 'deploy', 'annoy', 'view', 'review', 'renew', 'allow', 'follow', 'borrow', 'show', 'know', 'grow', 'throw', 'flow', 'fix', 'mix', 'tax', 'relax', 'box', 'vow', 'row', 'mourn', 'sound', 'jail', 'hail', 'boil', 'spoil', 'soil', 'coil', 'toil', 'veil', 'reveal', 'appeal', 'deal', 'heal', 'steal', 'seal', 'conceal', 'feel', 'peel', 'kneel', 'travel', 'cancel', 'label', 'model', 'level', 'signal', 'total', 'control', 'patrol', 'enroll', 'compel', 'expel', 'propel', 'repel', 'rebel', 'excel', 'dwell']);

/** Stems whose e the rules above would miss. */
const WITH_E = new Set(['creat', 'releas', 'increas', 'decreas', 'purchas', 'promis', 'surpris', 'requir', 'acquir', 'inspir', 'retir', 'hir', 'fir', 'wir', 'tir', 'pleas', 'eas', 'chas', 'leas', 'ceas']);

/** The base form of a simple past ("announced", "found") or a present 3rd person ("says"). */
export function baseForm(word: string): string | undefined {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (PRESENT_IRREGULAR[w]) return PRESENT_IRREGULAR[w];
  if (/ied$/u.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/ed$/u.test(w) && w.length > 4) {
    const stem = w.slice(0, -2);
    if (KEEP_AS_IS.has(stem)) return stem;
    // "stopped", "planned": a doubled final consonant after one vowel.
    if (/([bdgklmnprt])\1$/u.test(stem) && !/(?:ll|ss|zz|ff)$/u.test(stem)) return stem.slice(0, -1);
    if (stem.endsWith('e')) return stem;
    if (WITH_E.has(stem) || NEEDS_E.test(stem)) return stem + 'e';
    return stem;
  }
  if (/ies$/u.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z|o)es$/u.test(w)) return w.slice(0, -2);
  if (/[^su]s$/u.test(w) && w.length > 3) return w.slice(0, -1);
  return undefined;
}

/** A simple past the article uses as a finite verb: regular in -ed, or a known irregular. */
export const isSimplePast = (word: string): boolean => /^\p{Ll}+ed$/u.test(word) || word.toLowerCase() in IRREGULAR;
