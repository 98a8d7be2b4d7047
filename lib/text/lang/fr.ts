import { stopwords as snowball } from '@orama/stopwords/french';
import type { LanguagePack } from './types';
import { once, wordSet } from './words';

/** Hand-written: function words and news words ("dit", "affirme", "explique"). */
const COMMON = `a à afin ai aie aient aies ait alors as au aucun aucune aupres auprès aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aussi autre autres aux avaient avais avait avant avec avez aviez avions avoir avons ayant ayez ayons c ça car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci comme comment d dans de des depuis dès deux donc dont du elle elles en encore entre es est et étaient étais était étant été êtes étiez étions être eu eue eues eûmes eurent eus eusse eut eux fait faire fois furent fut ici il ils j je jusqu jusque l la là le les leur leurs lors lui m ma mais me même mêmes mes moi moins mon n ne ni non nos notre nous on ont ou où par parce pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui sa sans se selon sera serai seraient serait seras serez seriez serions serons seront ses si sien soi soient sois soit sommes son sont sous soyez soyons suis sur t ta te tes toi ton tous tout toute toutes très tu un une unes uns vers via vos votre vous y a-t-il selon également ainsi déjà dit affirme explique an ans année années fois`;

// Prepositions Snowball's list leaves out: they say nothing of what a sentence is about.
const STOPWORDS_FR = once(() => wordSet(snowball, COMMON, 'contre vers chez entre parmi hors'));

export const fr: LanguagePack = {
  code: 'fr',
  heading: 'EN BREF',
  // French typography puts a narrow no-break space before "?".
  questionMark: '\u202f?',
  table: { caption: 'En un coup d\'œil', aspect: 'Aspect', says: 'Ce qu\'en dit l\'article', figuresCaption: 'Chiffres clés', figure: 'Chiffre', counts: 'Ce qu\'il compte', structural: ['introduction', 'conclusion', 'en conclusion', 'en bref', 'résumé', 'à lire aussi', 'lire aussi', 'pour aller plus loin', 'sources', 'références', 'notes', 'commentaires', 'sommaire'] },
  get stopwords() {
    return STOPWORDS_FR();
  },
  detectionWords: wordSet(COMMON),
  abbreviations: new Set(
    'm mm mme mmes mlle mlles dr pr me mgr st ste cf etc av apr j.-c ex env max min no n° nº p pp vol éd réf tél art chap fig janv févr avr juil sept oct nov déc lun mar mer jeu ven sam dim'.split(' '),
  ),
  cues: {
    why: ['car', 'parce', 'afin', 'raison', 'cause', 'puisque', 'grâce', 'faute'],
    next: ['va', 'vont', 'devrait', 'devraient', 'doit', 'doivent', 'prochain', 'prochaine', 'prochains', 'prochaines', 'prévu', 'prévue', 'prévoit', 'sera', 'seront', 'bientôt', 'désormais', 'futur', 'avenir'],
    when: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'hier', "aujourd'hui", 'demain'],
  },
  dates: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  },
  speech: {
    verbs: ['dit', 'a dit', 'déclare', 'a déclaré', 'affirme', 'a affirmé', 'explique', 'a expliqué', 'ajoute', 'a ajouté', 'assure', 'a assuré', 'estime', 'a estimé', 'confie', 'a confié', 'raconte', 'a raconté', 'souligne', 'a souligné', 'précise', 'a précisé', 'indique', 'a indiqué', 'rappelle', 'a rappelé', 'insiste', 'a insisté', 'prévient', 'a prévenu', 'martèle', 'a martelé', 'tweete', 'a tweeté', 'écrit', 'a écrit', 'réagit', 'a réagi', 'lance', 'a lancé', 'lâche', 'a lâché', 'juge', 'a jugé', 'note', 'a noté', 'relève', 'a relevé', 'poursuit', 'a poursuivi', 'conclut', 'a conclu', 'avertit', 'a averti', 'dénonce', 'a dénoncé', 'annonce', 'a annoncé', 'confirme', 'a confirmé', 'reconnaît', 'a reconnu', 'admet', 'a admis', 'déplore', 'a déploré', 'regrette', 'a regretté', 's\'indigne', 's\'est indigné', 'se félicite', 's\'est félicité', 'constate', 'a constaté', 'résume', 'a résumé', 'plaide', 'a plaidé', 'soutient', 'a soutenu', 'répond', 'a répondu', 'interroge', 'observe', 'a observé', 'témoigne', 'a témoigné', 'se souvient', 'confirme', 'croit', 'pense', 'argue', 'a argué', 'met en garde', 'a mis en garde', 'fait valoir', 'a fait valoir', 'fait savoir', 'a fait savoir', 'a déclaré', 'ont déclaré', 'ont indiqué', 'ont précisé', 'ont expliqué', 'ont affirmé', 'ont annoncé'],
    according: ['selon', 'd\'après', 'aux yeux de', 'de l\'avis de', 'à en croire'],
  },
  connectives: {
    always: ['mais', 'et', 'puis', 'surtout que', "surtout qu'", 'surtout qu’', 'cependant', 'toutefois', 'néanmoins', 'pourtant', 'par ailleurs', 'en outre', 'de plus', "d'ailleurs", 'd’ailleurs'],
    withComma: ['sans surprise', 'sans grande surprise', 'ainsi', 'or', 'enfin', 'en effet', 'donc', 'alors', 'aussi', 'dès lors', 'de son côté', 'de leur côté', 'pour sa part', 'pour leur part', 'en revanche', 'quant à lui', 'quant à elle', 'bref', 'de fait', 'en clair', 'du coup', 'à noter'],
  },
  furniture: {
    opening: ['à lire aussi', 'a lire aussi', 'lire aussi', 'lire également', 'lire la suite', 'à lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'dans la même rubrique', 'partager', 'suivez-nous', 'abonnez-vous', 'inscrivez-vous', 'crédit photo', 'crédits photo', 'crédit :', 'crédits :', 'photo :', 'photo:', 'illustration :', 'source :', 'publicité', 'temps de lecture', 'aller au contenu', 'vidéo :', 'regarder :', 'écouter :', 'à écouter', 'à voir', 'en images', 'commentaires', 'réagir', 'signaler', 'imprimer'],
    anywhere: ['tous droits réservés', 'newsletter', 'lettre d\'information', 'recevez notre', 'recevez nos', 'inscrivez-vous à', 'abonnez-vous à', 'merci pour votre lecture', 'politique de confidentialité', 'conditions générales', 'téléchargez l\'application', 'cet article est réservé aux abonnés', 'réservé aux abonnés', 'liens affiliés', 'lien affilié', 'percevoir une commission', 'touchons une commission'],
  },
  grammar: {
    anaphora: ['il', 'elle', 'ils', 'elles', 'ce', 'cet', 'cette', 'ces', 'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci', 'cela', 'ça', 'c\'', 'c’', 'lui', 'leur', 'leurs', 'son', 'sa', 'ses', 'je', 'j\'', 'j’', 'nous', 'vous'],
    demonstratives: ['ce', 'cet', 'cette', 'ces', 'le même', 'la même', 'les mêmes'],
    pointers: { words: ['y'], except: ['il y', 'qu\'il y', 'qu’il y', 'y compris', 'y a-t-il', 'y aurait-il'] },
    subjects: ['il', 'elle', 'ils', 'elles', 'celle', 'celui', 'ceux', 'celles'],
    deictic: ['année', 'semaine', 'mois', 'week-end', 'matin', 'soir', 'après-midi', 'nuit', 'saison', 'été', 'hiver', 'printemps', 'automne', 'jour', 'jour-là', 'fois', 'heure', 'moment', 'siècle', 'décennie', 'dimanche-là', 'date'],
    comparatives: ['aussi'],
    additives: ['aussi', 'également', 'toutefois', 'cependant', 'pourtant', 'néanmoins', 'par ailleurs', 'en outre', 'd\'ailleurs', 'd’ailleurs', 'ainsi', 'donc'],
    leaning: ['même son de cloche', 'même discours', 'même constat', 'autre son de cloche', 'de même', 'idem'],
    impersonal: ['il y a', 'il y avait', 'il y aura', 'il y aurait', 'il y eut', 'il faut', 'il fallait', 'il faudra', 'il faudrait', 'il s\'agit', 'il s’agit', 'il est temps', 'il était une fois', 'cela fait', 'cela faisait', 'ça fait', 'ça faisait', 'il y a eu', 'il n\'y a', 'il n’y a', 'il n\'y avait', 'il n’y avait', 'il existe', 'il n\'existe', 'il n’existe', 'il reste', 'il ne reste', 'il manque', 'il semble', 'il paraît', 'il arrive', 'il est possible', 'il est probable', 'il est interdit', 'il est prévu', 'il est difficile', 'il est impossible', 'il est nécessaire'],
    relatives: ['qui', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'duquel'],
    sceneOpeners: ['pendant', 'lors', 'depuis', 'après', 'avant', 'dans', 'en', 'au', 'aux', 'à', 'face', 'malgré', 'alors', 'tandis', 'avec', 'sans', 'sous', 'sur', 'grâce', 'outre', 'parmi', 'jusqu', 'jusque', 'dès'],
    objectPrepositions: ['à', 'au', 'aux', 'en', 'dans', 'sur', 'avec', 'sans', 'sous', 'face', 'grâce', 'parmi', 'jusqu', 'jusque'],
    // Written French always has "ne": "plus" and "personne" alone are "more" and "a person".
    asideAdverbs: { words: ['d\'abord', 'd’abord', 'ensuite', 'puis', 'parfois', 'souvent', 'toujours', 'encore', 'déjà', 'surtout', 'désormais', 'notamment', 'même', 'peut-être', 'sans doute', 'probablement', 'visiblement', 'apparemment', 'selon toute vraisemblance', 'à nouveau', 'une nouvelle fois', 'de nouveau', 'pour l\'instant', 'pour le moment', 'à son tour', 'à leur tour', 'au passage', 'semble-t-il', 'dit-on', 'paraît-il', 'bien sûr', 'évidemment', 'certes', 'officiellement', 'récemment', 'finalement', 'rapidement', 'actuellement', 'initialement', 'heureusement', 'malheureusement', 'clairement', 'manifestement', 'certainement', 'largement', 'progressivement', 'discrètement'] },
    negations: ['ne', 'n\'', 'n’', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'ni', 'guère', 'nullement'],
    determiners: ['un', 'une', 'le', 'la', 'les', 'l\'', 'l’', 'ancien', 'ancienne'],
    clauseLinks: ['alors', 'tandis', 'bien'],
    coordination: { conjunction: 'et', auxiliaries: ['a', 'ont', 'avait', 'avaient', 'est', 'sont', 'était', 'étaient', 'va', 'vont', 'doit', 'doivent', 'sera', 'seront', 'pourrait', 'devrait'] },
  },
  faq: {
    interrogatives: ['pourquoi', 'comment', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'quand', 'où', 'combien', 'faut-il', 'peut-on', 'est-ce'],
    aboutHeading: (h) => `Que dit l'article sur « ${h} »\u202f?`,
    whatHappened: "Que s'est-il passé\u202f?",
    who: 'Qui est concerné\u202f?',
    whoIs: (n) => `Qui est ${n}\u202f?`,
    says: (n) => `Que dit ${n}\u202f?`,
    when: 'Quand cela se passe-t-il\u202f?',
    where: 'Où cela se passe-t-il\u202f?',
    figures: 'Quels sont les chiffres clés\u202f?',
    why: 'Pour quelles raisons\u202f?',
    next: 'Quelle est la suite\u202f?',
  },
};
