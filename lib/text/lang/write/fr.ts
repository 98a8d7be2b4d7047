import { topicIn } from './generic';
import { isActor, type QuestionWriter } from './types';
import { acronymQuestion, actionQuestion, countQuestion, leaderQuestion, nextQuestion, saysQuestion, whyQuestion } from './fr-en';

const Q = '\u202f?';

export const fr: QuestionWriter = {
  futures: ['va', 'vont', 'devrait', 'devraient', 'sera', 'seront', 'aura', 'auront', 'fera', 'feront', 'doit', 'doivent', 'prévoit', 'prévoient', 'compte', 'comptent', 'entend', 'entendent', 'envisage', 'envisagent', 'prochain', 'prochaine', 'prochains', 'prochaines', 'bientôt'],
  people: ['témoin', 'témoins', 'victime', 'victimes', 'automobiliste', 'conducteur', 'conductrice', 'habitant', 'habitante', 'habitants', 'voisin', 'voisine', 'voisins', 'mère', 'père', 'fils', 'fille', 'enfant', 'policier', 'policière', 'pompier', 'pompiers', 'gendarme', 'gendarmes', 'médecin', 'médecins', 'infirmier', 'infirmière', 'enseignant', 'enseignante', 'professeur', 'professeure', 'élève', 'étudiant', 'étudiante', 'avocat', 'avocate', 'procureur', 'procureure', 'juge', 'maire', 'préfet', 'préfète', 'ministre', 'député', 'députée', 'sénateur', 'sénatrice', 'président', 'présidente', 'directeur', 'directrice', 'porte-parole', 'responsable', 'syndicaliste', 'manifestant', 'manifestante', 'agriculteur', 'agricultrice', 'commerçant', 'commerçante', 'patron', 'patronne', 'employé', 'employée', 'salarié', 'salariée', 'chercheur', 'chercheuse', 'expert', 'experte', 'héroïne', 'héros', 'candidate', 'candidat', 'élu', 'élue', 'militant', 'militante', 'journaliste', 'capitaine', 'commandant', 'colonel', 'général', 'adjoint', 'adjointe', 'maman', 'papa'],
  institutions: ['étude', 'rapport', 'enquête', 'sondage', 'préfecture', 'parquet', 'police', 'gendarmerie', 'ministère', 'gouvernement', 'mairie', 'direction', 'syndicat', 'syndicats', 'entreprise', 'société', 'groupe', 'commission', 'tribunal', 'justice', 'hôpital', 'armée', 'agence', 'association', 'opposition', 'élysée', 'matignon', 'fédération', 'club', 'ligue', 'conseil', 'département', 'région', 'académie', 'rectorat'],
  why: (sentence, _cause, ctx) => whyQuestion(sentence, 'fr', ctx.genderOf, ctx.isName),
  howMany: (sentence, _number, ctx) => countQuestion(sentence, 'fr', ctx.isName),
  action: (sentence, ctx) => actionQuestion(sentence, 'fr', ctx.isName, (subject) => isActor(subject, fr, ctx)),
  next: (sentence, ctx) => (sentence && nextQuestion(sentence, 'fr', ctx.isName, (subject) => isActor(subject, fr, ctx))) || `Que va-t-il se passer maintenant${Q}`,
  whatIs: (term, sentence, topic) => {
    if (!topic) return acronymQuestion(sentence, 'fr');
    const named = topicIn(term, sentence, "le|la|les|l'|l’");
    return named ? `Qu'est-ce ${/^[aeiouyéèêàâîôûh]/iu.test(named) ? "qu'" : 'que '}${named}${Q}` : undefined;
  },
  leads: (sentence) => leaderQuestion(sentence, 'fr'),
  whoIs: (name) => `Qui est ${name}${Q}`,
  says: (name) => saysQuestion(name, 'fr'),
};
