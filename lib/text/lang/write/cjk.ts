/**
 * Question writers of Chinese and Japanese. Chinese asks in place: the number becomes 多少
 * ("中国持有多少亿美元美国国债？"), "why" goes before the clause a cause explains. Written in
 * the page's script (Traditional or Simplified).
 */
import { isTraditionalChinese } from '..';
import { opensCause } from './generic';
import type { QuestionWriter, Span } from './types';

const T2S: Record<string, string> = { 为什么: '為什麼', 多少: '多少', 接下来会怎样: '接下來會怎樣', 是什么: '是什麼', 是谁: '是誰', 怎么说: '怎麼說' };
const script = (text: string, sample: string) => (isTraditionalChinese(sample) ? text.replace(/为什么|接下来会怎样|是什么|是谁|怎么说/gu, (m) => T2S[m] ?? m) : text);
const QUOTES = /[「」“”"『』]/u;
const END = /[。！？!?]+[」”]?\s*$/u;

/** The comma-separated clause of a Chinese sentence around an offset. */
function clauseAround(sentence: string, at: number): { text: string; start: number } {
  const start = Math.max(sentence.lastIndexOf('，', at - 1), sentence.lastIndexOf(',', at - 1), sentence.lastIndexOf('；', at - 1)) + 1;
  const ends = ['，', ',', '；', '。', '！', '？'].map((c) => sentence.indexOf(c, at)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : sentence.length;
  return { text: sentence.slice(start, end), start };
}

export const zh: QuestionWriter = {
  futures: ['将会', '將會', '将要', '將要', '计划', '計劃', '预计', '預計', '即将', '即將', '准备', '準備', '下一步'],
  people: ['目击者', '目擊者', '受害者', '司机', '司機', '居民', '邻居', '鄰居', '母亲', '母親', '父亲', '父親', '医生', '醫生', '教师', '教師', '律师', '律師', '检察官', '檢察官', '法官', '市长', '市長', '部长', '部長', '总统', '總統', '发言人', '發言人', '专家', '專家'],
  institutions: ['政府', '警方', '外交部', '国务院', '國務院', '公司', '法院', '委员会', '委員會'],
  why: (sentence, cause?: Span) => {
    if (!cause || !opensCause(sentence, cause, ['因为', '因為', '由于', '由於'])) return undefined;
    const text = sentence.replace(END, '');
    let clause: string;
    if (cause.start <= 2) {
      // 因为/由于 X，Y: the main clause after the comma.
      const comma = text.indexOf('，', cause.end);
      if (comma < 0) return undefined;
      clause = text.slice(comma + 1);
    } else clause = text.slice(0, cause.start).replace(/[，,、是就]+$/u, '');
    if (clause.length < 5 || clause.length > 28 || QUOTES.test(clause) || /[，,；]/u.test(clause)) return undefined;
    return script(`为什么${clause}？`, sentence);
  },
  howMany: (sentence, found) => {
    // The whole figure: digits, then a magnitude in characters ("11341亿"), which stays.
    const around = Math.max(0, found.start - 12);
    let number = found;
    // Digits only: 周三, 第一 and 一些 are words, not counts.
    for (const m of sentence.slice(around, found.end + 12).matchAll(/\d[\d.,]*/gu)) {
      const start = around + m.index!;
      if (start <= found.start + 1 && start + m[0].length >= found.start) number = { start, end: start + m[0].length };
    }
    const digits = sentence.slice(number.start, number.end).replace(/[.,]$/u, '');
    number = { start: number.start, end: number.start + digits.length };
    if (!/^\d/u.test(digits)) return undefined;
    const after = sentence.slice(number.end);
    // Years, percentages and dates are not counts.
    if (/^\s*(?:年|%|％|月|日|号|時|时)/u.test(after) || /[.．]/u.test(digits)) return undefined;
    const { text, start } = clauseAround(sentence, number.start);
    if (text.length < 6 || text.length > 32 || QUOTES.test(text)) return undefined;
    // A later clause leaves its subject in the first ("第三为英国，持有量由…降至…"): "持有量由9月的多少亿美元…" asks of nothing.
    // (A time or a place before it is no subject: "周三，", "在北京，".)
    if (start > 0 && !/^(?:在|于|於|当|當|自|从|從|今|昨|去年|明年|周|週|星期|上|下|\d)[^，,；]{0,8}[，,]$/u.test(sentence.slice(0, start))) return undefined;
    // "他也以多少岁高龄…": a pronoun opens no question a reader can take alone.
    if (/^(?:他|她|它|其|该|該|这|這|此)/u.test(text)) return undefined;
    const local = number.start - start;
    const asked = `${text.slice(0, local).replace(/\s+$/u, '')}多少${text.slice(local + digits.length).replace(/^\s*(?:余|多)?\s*/u, '')}`;
    return script(`${asked.replace(END, '')}？`, sentence);
  },
  next: (_sentence) => '接下来会怎样？',
  whatIs: (term, sentence, topic) => (!topic || sentence.includes(term) ? `${term}是什么？` : undefined),
  whoIs: (name) => `${name}是谁？`,
  says: (name) => `${name}怎么说？`,
};

/** Chinese templates in the page's script: the engine passes a sample of the page. */
export function zhInScript(question: string, sample: string): string {
  return script(question, sample);
}

export const ja: QuestionWriter = {
  futures: ['予定', '方針', '見通し', '計画', '検討', 'する方向'],
  people: ['目撃者', '被害者', '運転手', '住民', '母親', '父親', '医師', '教師', '弁護士', '検察官', '裁判官', '市長', '大臣', '大統領', '報道官', '専門家'],
  institutions: ['政府', '警察', '省', '会社', '裁判所', '委員会'],
  why: (sentence, cause?: Span) => {
    if (!cause || !opensCause(sentence, cause, ['ため', 'ので', 'から'])) return undefined;
    const text = sentence.replace(END, '');
    // 「〜ため、Y」: the main clause after the comma, ending on a plain form.
    const comma = text.indexOf('、', cause.end);
    if (comma < 0) return undefined;
    const clause = text.slice(comma + 1);
    if (clause.length < 5 || clause.length > 30 || QUOTES.test(clause) || !/[たるいだ]$/u.test(clause)) return undefined;
    return `なぜ${clause}のですか？`;
  },
  howMany: () => undefined,
  next: () => '今後どうなりますか？',
  whatIs: (term, sentence, topic) => (!topic || sentence.includes(term) ? `${term}とは何ですか？` : undefined),
  whoIs: (name) => `${name}とは誰ですか？`,
  says: (name) => `${name}は何と述べていますか？`,
};
