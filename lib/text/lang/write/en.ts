import { topicIn } from './generic';
import { isActor, type QuestionWriter } from './types';
import { acronymQuestion, actionQuestion, countQuestion, leaderQuestion, nextQuestion, saysQuestion, whyQuestion } from './fr-en';

export const en: QuestionWriter = {
  futures: ['will', 'won\'t', '\'ll', 'shall', 'plans', 'plan', 'intends', 'expected', 'set', 'due', 'next', 'upcoming', 'soon'],
  people: ['witness', 'victim', 'driver', 'resident', 'neighbour', 'neighbor', 'mother', 'father', 'son', 'daughter', 'officer', 'firefighter', 'doctor', 'nurse', 'teacher', 'student', 'lawyer', 'attorney', 'prosecutor', 'judge', 'mayor', 'governor', 'minister', 'senator', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'director', 'chief', 'expert', 'researcher', 'scientist', 'analyst', 'official', 'executive', 'manager', 'coach', 'captain', 'commander', 'candidate', 'activist', 'journalist'],
  institutions: ['study', 'report', 'survey', 'poll', 'research', 'analysis', 'investigation', 'inquiry', 'police', 'ministry', 'government', 'company', 'department', 'army', 'military', 'court', 'council', 'agency', 'authorities', 'officials', 'prosecutors', 'union', 'unions', 'club', 'federation', 'commission', 'hospital', 'white', 'house', 'kremlin', 'pentagon'],
  why: (sentence, _cause, ctx) => whyQuestion(sentence, 'en', undefined, ctx.isName),
  howMany: (sentence, _number, ctx) => countQuestion(sentence, 'en', ctx.isName),
  action: (sentence, ctx) => actionQuestion(sentence, 'en', ctx.isName, (subject) => isActor(subject, en, ctx)),
  next: (sentence, ctx) => (sentence && nextQuestion(sentence, 'en', ctx.isName, (subject) => isActor(subject, en, ctx))) || 'What happens next?',
  whatIs: (term, sentence, topic) => {
    if (!topic) return acronymQuestion(sentence, 'en');
    const named = topicIn(term, sentence, 'the|a|an');
    return named ? `What is ${named}?` : undefined;
  },
  leads: (sentence) => leaderQuestion(sentence, 'en'),
  whoIs: (name) => `Who is ${name}?`,
  says: (name) => saysQuestion(name, 'en'),
};
