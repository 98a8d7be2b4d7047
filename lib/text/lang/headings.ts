/** Languages with a heading but no pack yet: they get bullets, and FAQ only from the page itself. */
export const HEADINGS: Record<string, string> = {
  ko: '요약',
  id: 'Singkatnya',
  uk: 'Коротко',
  tr: 'Kısaca',
  sv: 'I korthet',
  da: 'Kort fortalt',
  no: 'Kort fortalt',
  nb: 'Kort fortalt',
  ca: 'En breu',
  ro: 'Pe scurt',
  cs: 'Stručně',
  ar: 'باختصار',
  he: 'בקצרה',
};
