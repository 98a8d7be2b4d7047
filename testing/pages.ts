/**
 * Real text for any test, read from the repository only (tests/fixtures/; NOTICE.md there says
 * where each page and text comes from, and under which licence):
 *
 *   page('fr-orange-globe-trotteur')       the page's HTML, decoded
 *   pagePath('en-vox-delhi-air')           its file (source.html.gz, or source.html for ours)
 *   article('fr-orange-botero')            the page extracted (linkedom, the fixture's url), cached
 *   reference('fr-orange-botero')          the corpus's own text for the page: OrangeSum's title,
 *                                          abstract (heading) and article, Scrapinghub's articleBody
 *   qaArticles('zh')                       XQuAD articles (en, de, es, el, ru, zh) or PIAF's (fr):
 *                                          paragraphs, text, questions with their answers
 *
 * A slug is a folder of tests/fixtures (`npm run fixture:add -- <page> <slug>` adds one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract';
import type { Article } from '../lib/types';
import { fixturesDir, loadFixture, readFixtureFile } from './fixtures';

/** The page of a fixture, decoded as the CLI decodes files. */
export const page = (slug: string): string => loadFixture(slug).html;

/** The page's file in the repository. */
export const pagePath = (slug: string): string => join(fixturesDir(), slug, readFixtureFile(slug).source);

const articles = new Map<string, Article>();

/** The fixture's page through extractArticle (linkedom, the fixture's url); throws if it fails. */
export function article(slug: string): Article {
  let a = articles.get(slug);
  if (!a) {
    const { html, url } = loadFixture(slug);
    const r = extractArticle(parseHTML(html).document as unknown as Document, { url });
    if (!r.ok) throw new Error(`${slug}: ${r.error.kind} (${r.error.detail ?? ''})`);
    a = r.value;
    articles.set(slug, a);
  }
  return a;
}

/** What the corpus says the page's article is (tests/fixtures/<slug>/reference.json). */
export interface Reference {
  /** The article's text: OrangeSum's `article` (paragraphs glued without a space), Scrapinghub's `articleBody`. */
  text: string;
  /** OrangeSum: the headline. */
  title?: string;
  /** OrangeSum: the journalist's abstract, printed under the title. */
  heading?: string;
  url?: string;
  date?: string;
}

export function reference(slug: string): Reference {
  const path = join(fixturesDir(), slug, 'reference.json');
  if (!existsSync(path)) throw new Error(`${slug} has no reference text (${path})`);
  return JSON.parse(readFileSync(path, 'utf8')) as Reference;
}

export interface QaArticle {
  title: string;
  paragraphs: string[];
  /** The paragraphs joined by blank lines: the document a reader asks about. */
  text: string;
  questions: Array<{ question: string; answers: string[]; paragraph: number }>;
}

interface Squad {
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Array<{ question: string; answers: Array<{ text: string }> }> }> }>;
}

/** The question-answering articles of a language (tests/fixtures/qa/<lang>.json, SQuAD format). */
export function qaArticles(lang: string): QaArticle[] {
  const path = join(fixturesDir(), 'qa', `${lang}.json`);
  if (!existsSync(path)) throw new Error(`No question-answering text in ${lang} (${path})`);
  const squad = JSON.parse(readFileSync(path, 'utf8')) as Squad;
  return squad.data.map((d) => {
    const paragraphs = d.paragraphs.map((p) => p.context);
    return {
      title: d.title,
      paragraphs,
      text: paragraphs.join('\n\n'),
      questions: d.paragraphs.flatMap((p, i) => p.qas.map((q) => ({ question: q.question, answers: q.answers.map((a) => a.text), paragraph: i }))),
    };
  });
}
