import { stopwords as japanese } from '@orama/stopwords/japanese';
import type { LanguagePack } from './types';
import { once, wordSet } from './words';

/** Hand-written: frequent particles and function words (Intl.Segmenter's words). */
const COMMON = 'の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる において ば なかっ なく しかし について せ だっ その後 できる それ う ので なお のみ でき き つ における および いう さらに でも ら たり その他 に関する たち ます ん なら 年 月 日 氏';

const STOPWORDS_JA = once(() => wordSet(japanese, COMMON));

export const ja: LanguagePack = {
  code: 'ja',
  heading: '要点',
  questionMark: '？',
  table: { caption: 'ひと目でわかる', aspect: '観点', says: '記事の内容', figuresCaption: '主な数字', figure: '数字', counts: '内容', structural: ['はじめに', 'まとめ', '結論', 'おわりに', '参考文献', '注', 'コメント', '関連記事'] },
  get stopwords() {
    return STOPWORDS_JA();
  },
  detectionWords: wordSet(COMMON),
  abbreviations: new Set(),
  cues: {
    why: ['ため', 'から', 'ので', '理由', '原因', 'によって'],
    next: ['予定', '方針', '見通し', '計画', '今後', '来年', '来月', '検討'],
    when: ['昨日', '今日', '明日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜'],
  },
  dates: { months: [], weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜'] },
  speech: {
    verbs: ['述べた', '話した', '語った', '説明した', '強調した', '明らかにした', '発表した', '指摘した', 'としている', '述べ', '話し', '語り', '訴えた', '明かした', 'コメントした'],
    according: ['によると', 'によれば', 'の話では'],
  },
  connectives: { always: ['しかし', 'ただ', 'また', '一方', 'さらに', 'なお', 'だが', 'ところが', 'そして'], withComma: [] },
  furniture: {
    opening: ['関連記事', '関連ニュース', '続きを読む', 'シェア', 'ツイート', '写真：', '写真:', '出典：', '出典:', '広告', '記事の続き', 'この記事を読んだ人', '次のページ', 'コメント', 'ランキング', 'おすすめ'],
    anywhere: ['無断転載', '無断複製', '著作権', '全著作権所有'],
  },
  grammar: {
    anaphora: ['彼', '彼女', '彼ら', 'これ', 'それ', 'あれ', 'この', 'その', 'あの', '同', '当', '私', '我々'],
    relatives: [],
    sceneOpeners: [],
    negations: ['ない', 'ず', 'ません', '無い'],
    determiners: [],
    clauseLinks: [],
  },
  faq: {
    interrogatives: ['なぜ', 'どうして', 'どう', '何', 'なに', '誰', 'だれ', 'いつ', 'どこ', 'いくつ', 'いくら', 'どの'],
    aboutHeading: (h) => `「${h}」について記事は何と言っていますか？`,
    whatHappened: '何が起きたのですか？',
    who: '誰が関わっていますか？',
    whoIs: (n) => `${n}とは誰ですか？`,
    says: (n) => `${n}は何と述べていますか？`,
    when: 'いつ起きたのですか？',
    where: 'どこで起きたのですか？',
    figures: '主な数字は何ですか？',
    why: 'なぜ起きたのですか？',
    next: '今後どうなりますか？',
  },
};
