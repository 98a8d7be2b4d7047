import { languagePack, supportedLanguages } from './lang';

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
];
const OTHER_SCRIPTS =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Han}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}]/u;

/**
 * Guesses the language of a text: by script first, then by the share of each supported
 * language's most frequent function words (LanguagePack.detectionWords: short lists of similar
 * size, not the full stopword lists) among the first 400 words. Returns undefined when unsure.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return undefined;
  // One look for any of these scripts before counting each (most texts have none).
  if (OTHER_SCRIPTS.test(sample)) {
    for (const [re, code] of SCRIPTS) if ((sample.match(re) ?? []).length > letters * 0.3) return code;
  }
  const tokens = (sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, 400);
  if (tokens.length < 5) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const code of supportedLanguages()) {
    const pack = languagePack(code);
    const stop = pack.detectionWords ?? pack.stopwords;
    let hits = 0;
    for (const t of tokens) if (stop.has(t)) hits++;
    const score = hits / tokens.length;
    if (score > bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return bestScore >= 0.12 ? best : undefined;
}
