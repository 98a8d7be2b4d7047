import { stopwords as snowballPT } from '@orama/stopwords/portuguese';
import { once, wordSet } from './words';
import type { LanguagePack } from './types';

/** Hand-written: the most frequent function words and a few news words ("disse", "ano", "segundo"). */
const PT_COMMON = 'a ao aos as à às até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo muito na nas não no nos nós o os ou para pela pelo por porque quando que quem se sem ser seu seus sua suas também te tem têm um uma umas uns disse ano anos segundo';

const STOPWORDS_PT = once(() => wordSet(snowballPT, PT_COMMON));

export const pt: LanguagePack = {
  code: 'pt',
  heading: 'Em resumo',
  questionMark: '?',
  table: { caption: 'Num relance', aspect: 'Aspeto', says: 'O que diz o artigo', figuresCaption: 'Números-chave', figure: 'Número', counts: 'O que conta', structural: ['introdução', 'conclusão', 'conclusões', 'resumo', 'em resumo', 'fontes', 'referências', 'notas', 'comentários', 'leia também'] },
  get stopwords() {
    return STOPWORDS_PT();
  },
  detectionWords: wordSet(PT_COMMON),
  abbreviations: wordSet(
    // No "mar" (month): "o mar" ends sentences.
    'sr sra srs sras srta dr dra jr prof profa eng av gen cel cap dep sen pres exmo exma etc pág págs art ex p.ex n nº núm tel vol séc cia ltda s.a sto sta jan fev abr mai jun jul ago set out nov dez',
  ),
  cues: { why: ['porque', 'devido', 'causa', 'razão', 'pois', 'portanto'], next: ['será', 'serão', 'próximo', 'próxima', 'prevê', 'planeja', 'vai', 'vão', 'deverá', 'futuro'], when: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'ontem', 'hoje', 'amanhã'] },
  dates: {
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta'],
  },
  speech: {
    verbs: ['disse', 'diz', 'afirmou', 'afirma', 'explicou', 'explica', 'declarou', 'declara', 'garantiu', 'garante', 'acrescentou', 'acrescenta', 'sublinhou', 'destacou', 'destaca', 'salientou', 'referiu', 'referiu', 'indicou', 'anunciou', 'anuncia', 'escreveu', 'lembrou', 'admitiu', 'reconheceu', 'alertou', 'avisou', 'defendeu', 'considerou'],
    according: ['segundo', 'de acordo com', 'conforme', 'para'],
  },
  connectives: { always: ['mas', 'e', 'porém', 'contudo', 'no entanto', 'além disso', 'entretanto'], withComma: ['assim', 'então', 'por sua vez', 'ainda', 'por outro lado', 'de fato', 'aliás'] },
  furniture: {
    opening: ['leia também', 'leia mais', 'veja também', 'saiba mais', 'relacionados', 'compartilhe', 'compartilhar', 'partilhar', 'siga-nos', 'assine', 'foto:', 'fonte:', 'publicidade', 'tempo de leitura', 'publicado', 'atualizado', 'comentários', 'vídeo:'],
    anywhere: ['todos os direitos reservados', 'newsletter', 'assine a', 'política de privacidade'],
  },
  grammar: {
    anaphora: ['ele', 'ela', 'eles', 'elas', 'isto', 'este', 'esta', 'estes', 'estas', 'isso', 'esse', 'essa', 'esses', 'essas', 'seu', 'sua', 'seus', 'suas', 'ambos', 'ambas', 'eu', 'nós'],
    demonstratives: ['este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas'],
    subjects: ['ele', 'ela', 'eles', 'elas'],
    deictic: ['ano', 'semana', 'mês', 'fim', 'manhã', 'tarde', 'noite', 'temporada', 'verão', 'inverno', 'primavera', 'outono', 'dia', 'vez', 'momento', 'século'],
    additives: ['também', 'porém', 'contudo', 'no entanto'],
    relatives: ['que', 'quem', 'cujo', 'cuja', 'cujos', 'cujas', 'onde', 'qual', 'quais'],
    sceneOpeners: ['durante', 'após', 'depois', 'antes', 'em', 'no', 'na', 'com', 'apesar', 'desde', 'sob', 'ante', 'enquanto'],
    asideAdverbs: { words: ['muitas vezes', 'ainda', 'já', 'de novo', 'por enquanto', 'talvez', 'às vezes', 'sobretudo', 'aliás'], ending: 'mente' },
    negations: ['não', 'nunca', 'jamais', 'nenhum', 'nenhuma', 'nada', 'ninguém', 'nem', 'tampouco'],
    determiners: ['um', 'uma', 'o', 'a', 'os', 'as', 'ex'],
    clauseLinks: ['enquanto', 'embora'],
  },
  faq: {
    interrogatives: ['por que', 'porque', 'como', 'o que', 'quem', 'quando', 'onde', 'qual', 'quanto'],
    aboutHeading: (h) => `O que diz o artigo sobre «${h}»?`,
    whatHappened: 'O que aconteceu?',
    who: 'Quem está envolvido?',
    whoIs: (n) => `Quem é ${n}?`,
    says: (n) => `O que diz ${n}?`,
    when: 'Quando aconteceu?',
    where: 'Onde aconteceu?',
    figures: 'Quais são os números principais?',
    why: 'Por que aconteceu?',
    next: 'O que acontece agora?',
  },
};
