/**
 * Saved digests of real news for the library search's tests: titles and summaries from OrangeSum
 * (validation split; ids given beside each), Kamal Eddine, Tixier and Vazirgiannis 2020, CC BY-SA
 * 4.0; the summary stands for the digest's lines and the article's sentences.
 */
import type { SavedDigest } from '../lib/library/record';
import { makeRecord } from './library';

export const ORANGESUM: [id: string, title: string, summary: string][] = [
  [
    '10141',
    "Paris : un bronze de 425 000 euros volé à deux pas de l'Élysée",
    "Une sculpture de l'artiste colombien Fernando Botero a été dérobée samedi au nez et à la barbe des visiteurs de la galerie Bartoux, toute proche du palais présidentiel, selon la radio RTL. Le vol a été rapide et... facile.",
  ],
  [
    '13223',
    'SNCF : Édouard Philippe dénonce un "détournement du droit de retrait"',
    'Alors que le trafic ferroviaire était encore très perturbé ce samedi, le Premier ministre a fustigé une "grève sauvage" à "l\'impact inacceptable pour des dizaines de milliers". Il a demandé à la SNCF d\'examiner toutes les suites, "y compris judiciaires", a-t-il précisé.',
  ],
  [
    '19507',
    'Réforme des retraites : des grévistes envahissent le siège de BlackRock',
    "Les manifestants ont été évacués dans le calme après l'intervention des forces de l'ordre.",
  ],
  [
    '33561',
    "Coronavirus: Trump annonce un sixième contrat pour 100 millions de doses d'un vaccin",
    'Le président Donald Trump a annoncé mardi un contrat de 1,5 milliard de dollars pour la livraison de 100 millions de doses du vaccin expérimental de la biotech américaine Moderna, le sixième contrat de ce genre depuis mai.',
  ],
  [
    '10674',
    "Beauvais : alcoolisé, un policier de l'Élysée sort son arme",
    "FAIT DIVERS. En repos au moment des faits, un policier chargé de la surveillance de l'Élysée a sorti son arme en plein centre-ville de Beauvais (Oise) dimanche soir, rapporte Le Parisien.",
  ],
  [
    '20938',
    'Le patron d\'ADP, venu en "client mystère", dénonce l\'attente à Roissy',
    "Augustin de Romanet, le président-directeur général d'ADP (Aéroports de Paris), a joué le \"patron incognito\" à Roissy, comme il l'a raconté samedi sur Twitter. Et il n'a pas apprécié cette expérience.",
  ],
  [
    '11634',
    'Retraites : pour Philippe Martinez, Emmanuel Macron "manque d\'humilité depuis le début"',
    "Le secrétaire général de la CGT s'en est pris à la réforme \"très dogmatique\" voulue par le chef de l'Etat, à la veille de l'annonce du plan du gouvernement par Edouard Philippe.",
  ],
];

/** A saved digest of an OrangeSum article: its summary as the bullet and the sentences. */
export function orangesumRecord(id: string, title: string, summary: string): SavedDigest {
  const base = makeRecord(Number(id));
  const sentences = summary.split(/(?<=[.!?])\s+/).map((text, index) => ({ index, text, block: 0, start: 0, end: text.length }));
  return {
    ...base,
    url: `https://actu.orange.fr/${id}`,
    tags: [],
    article: { ...base.article, url: `https://actu.orange.fr/${id}`, title, siteName: 'Orange Actualités', lang: 'fr' },
    digest: { ...base.digest, language: 'fr', heading: 'EN BREF', bullets: [{ text: sentences[0].text, sources: [0] }], faq: [] },
    sentences,
  };
}
