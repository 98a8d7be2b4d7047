import { describe, expect, it } from 'vitest';
import { compressSentence, isTrimOf, lineLength } from '../../lib/engine/embedded/compress';

// Sentences from OrangeSum (AFP stories on actu.orange.fr, CC BY-SA 4.0: see tests/fixtures/NOTICE)
// and sentences written for this project where a rule needs a case the licensed data lacks.
const ORANGESUM_5777 = [
  "Il n'existe pas de statistiques officielles sur le nombre de musulmans, étrangers ou italiens, décédés pendant l'épidémie, qui a frappé la Lombardie (nord) de plein fouet et a fait près de 34.000 morts dans toute la péninsule.",
  "Pendant la pandémie, avec l'interruption de toutes les liaisons aériennes, les corps des musulmans décédés -du coronavirus ou autre- n'ont pas pu être rapatriés dans leurs pays d'origine, comme c'était majoritairement le cas jusqu'à récemment.",
  "Un cas notamment a défrayé la chronique: Hira Ibrahim, une Macédonienne qui a perdu sa mère du Covid-19 à Pisogne (nord), et s'est retrouvé obligée de conserver son corps à la maison pendant plus de dix jours.",
];

describe('compressSentence', () => {
  it('leaves a short line as it is, but for its dateline and connective', () => {
    expect(compressSentence('LONDON (Reuters) - Oil prices fell on Tuesday as oversupply worries returned.', 'en')).toBe(
      'Oil prices fell on Tuesday as oversupply worries returned.',
    );
    expect(compressSentence("Par ailleurs, 19 personnes se sont présentées directement au Centre hospitalier régional d'Orléans.", 'fr')).toBe(
      "19 personnes se sont présentées directement au Centre hospitalier régional d'Orléans.",
    );
    expect(compressSentence('Orange a publié ses résultats trimestriels mardi.', 'fr')).toBe('Orange a publié ses résultats trimestriels mardi.');
    expect(compressSentence('So far the storm has killed 12 people in the region.', 'en')).toBe('So far the storm has killed 12 people in the region.');
  });

  it('never drops who makes a claim or says the words', () => {
    // The held-out readers' case: "Hege said" trimmed away made a claim the article's.
    expect(compressSentence('Selling a product is difficult, but altering behavior is much more difficult, Hege said.', 'en')).toBe(
      'Selling a product is difficult, but altering behavior is much more difficult, Hege said.',
    );
    expect(compressSentence('Le chauffeur du camion a été placé en garde à vue pour meurtre, a-t-il ajouté.', 'fr')).toBe(
      'Le chauffeur du camion a été placé en garde à vue pour meurtre, a-t-il ajouté.',
    );
    expect(
      compressSentence(
        "Son client n'a jamais eu l'intention de frapper le policier et s'est seulement défendu lors de l'interpellation, selon son avocat.",
        'fr',
      ),
    ).toMatch(/selon son avocat\.$/);
    const long =
      'Street sales have been particularly noticeable near uptown subway stations for more than six years, according to Dr. Michael Mowatt-Wynn, the president of the community council of the precinct.';
    // Who the speaker is, when the article says it in a few words, is part of the attribution (readers, r3).
    expect(compressSentence(long, 'en')).toBe(long);
    expect(compressSentence('"We will not give up on this fight for our community," she said.', 'en')).toBe(
      '"We will not give up on this fight for our community," she said.',
    );
  });

  it('shortens a long line by its asides: parentheses, relative clauses, appositions, a scene-setting opening', () => {
    expect(compressSentence(ORANGESUM_5777[0], 'fr')).toBe(
      "Il n'existe pas de statistiques officielles sur le nombre de musulmans, étrangers ou italiens, décédés pendant l'épidémie.",
    );
    const c = compressSentence(ORANGESUM_5777[1], 'fr');
    expect(c.startsWith('Les corps des musulmans décédés')).toBe(true);
    expect(c).toContain("n'ont pas pu être rapatriés");
    expect(
      compressSentence('The company, which was founded in 1998 by two students, said on Tuesday it would cut 1,200 jobs, blaming weak demand in Europe.', 'en'),
    ).toBe('The company, which was founded in 1998 by two students, said on Tuesday it would cut 1,200 jobs.');
    expect(
      compressSentence(
        'Die Regierung, die seit dem vergangenen Frühjahr mit knapper Mehrheit im Amt ist, will die Steuern in diesem Jahr trotz der Proteste nicht erhöhen.',
        'de',
      ),
    ).toBe('Die Regierung will die Steuern in diesem Jahr trotz der Proteste nicht erhöhen.');
    expect(
      compressSentence(
        'Правительство, которое было сформировано в мае после долгих переговоров между партиями, не будет повышать налоги в следующем году, несмотря на дефицит бюджета.',
        'ru',
      ),
    ).toBe('Правительство не будет повышать налоги в следующем году, несмотря на дефицит бюджета.');
  });

  it('keeps the figure while another aside can go, and a negation always', () => {
    const c = compressSentence(
      'Le gouvernement, qui a reçu les syndicats lundi soir à Matignon, ne reviendra pas sur la réforme, qui doit entrer en vigueur le 1er janvier et concerne 400.000 agents.',
      'fr',
    );
    expect(c).toContain('ne reviendra pas');
    expect(
      isTrimOf(
        c,
        'Le gouvernement, qui a reçu les syndicats lundi soir à Matignon, ne reviendra pas sur la réforme, qui doit entrer en vigueur le 1er janvier et concerne 400.000 agents.',
      ),
    ).toBe(true);
  });

  it('does not cut an apposition that a conjunction continues', () => {
    const c = compressSentence(ORANGESUM_5777[2], 'fr');
    expect(c).not.toMatch(/Hira Ibrahim et s'est/);
  });

  // Cuts the reading panels found broken (r2, r3): a line is cut only when what is left is a
  // grammatical sentence saying the same thing. Sentences of OrangeSum (CC BY-SA 4.0), XQuAD
  // (CC BY-SA 4.0), PIAF (MIT, Wikipedia text CC BY-SA) and Scrapinghub (MIT); the DAnIEL
  // (GPL) ones are rewritten for this project with the same structure.
  describe('cuts that would break the sentence', () => {
    it('never cuts inside a quotation, even one opened in an earlier sentence', () => {
      // OrangeSum 5777: ", grâce aux bonnes volontés des communes," sits inside the quotation.
      const s =
        '"Si certaines familles, à Brescia ou Bergame (nord), ont dû parfois attendre très longtemps, nous avons pu la plupart du temps trouver des solutions, grâce aux bonnes volontés des communes, des préfectures" et du ministère de l\'Intérieur, observe pour sa part Gueddouda Boubakeur, président du Centre islamique de Milan.';
      expect(compressSentence(s, 'fr')).toContain('trouver des solutions, grâce aux bonnes volontés des communes, des préfectures"');
      // A closing mark with no opener: the quotation began in the sentence before.
      const c = compressSentence(
        'nous avons trouvé, avec les communes de la région, des solutions pour chaque famille », a expliqué mardi le président du centre islamique de la ville.',
        'fr',
      );
      expect(c).toMatch(/^nous avons trouvé, avec les communes de la région, des solutions/i);
    });

    it('keeps a German relative clause that runs past its first comma or governs what follows', () => {
      // XQuAD de: the infinitive after ", der dem Himmel die Schuld gab," belongs to the relative clause.
      const pest =
        'Die maßgeblichste Darstellung dieser Zeiten kam von der medizinischen Fakultät in Paris in einem Bericht an den König von Frankreich, der dem Himmel die Schuld gab, durch eine Konstellation von drei Planeten im Jahr 1345 eine „große Pest in der Luft“ ausgelöst zu haben.';
      expect(compressSentence(pest, 'de')).toContain('Frankreich, der dem Himmel die Schuld gab, durch');
      // XQuAD de: ", welcher seine eigene Quelle," is not a clause (no verb yet): it goes on after the apposition.
      const ipcc =
        'Die Zeitangabe 2035 wurde vom IPCC korrekt aus dem WWF-Bericht zitiert, welcher seine eigene Quelle, einen ICSI-Bericht „Variations of Snow and Ice in the past and at present on a Global and Regional Scale“, falsch zitiert hat.';
      expect(compressSentence(ipcc, 'de')).toContain('welcher seine eigene Quelle');
      // XQuAD de: "die Konzentration" is an article and its noun, the object of "dass Emissionen … erhöhen".
      const ipcc2 =
        'Die Kurzfassung der Zusammenfassung für politische Entscheidungsträger der Arbeitsgruppe 1 besagt, dass sie sich sicher sind, dass Emissionen, die aus menschlichen Aktivitäten resultieren, die Konzentration der Treibhausgase in der Atmosphäre substanziell erhöhen, was im Mittel zu einer zusätzlichen Erwärmung der Erdoberfläche führt.';
      expect(compressSentence(ipcc2, 'de')).toContain('die Konzentration der Treibhausgase in der Atmosphäre substanziell erhöhen');
    });

    it('keeps an aside that a later pronoun stands for', () => {
      const s =
        'The Bright Smile Clinic, which fitted more of the faulty ceramic crowns than any other clinic in the region, says it will not replace them free of charge.';
      expect(compressSentence(s, 'en')).toContain('faulty ceramic crowns');
    });

    it('keeps the comma a fronted phrase or a following apposition needs', () => {
      // OrangeSum 6667.
      expect(
        compressSentence(
          "Née à Tarbes, le 22 septembre 1922, celle qui a remporté la Coupe du Monde d'accordéon en 1948 a toujours été passionnée de musique.",
          'fr',
        ),
      ).toBe("Née à Tarbes, celle qui a remporté la Coupe du Monde d'accordéon en 1948 a toujours été passionnée de musique.");
      // OrangeSum 1493: the place goes, and "première action" never runs on from "Bergame".
      const c = compressSentence(
        "Des familles et proches de victimes du nouveau coronavirus ont déposé une cinquantaine de plaintes mercredi au parquet de Bergame, dans le nord de l'Italie, première action en justice du genre dans la péninsule où l'épidémie a fait près de 34.000 morts.",
        'fr',
      );
      expect(c).not.toMatch(/Bergame première/);
      expect(c.startsWith('Des familles et proches de victimes du nouveau coronavirus ont déposé une cinquantaine de plaintes')).toBe(true);
    });

    it('never leaves a line opening on a conjunction or on half a phrase', () => {
      // XQuAD ru: ", и им была передана…" is a second main clause, not what the lead introduces.
      const ru =
        'В Великобритании роль аптекарей возросла, и им была передана обязанность управлять аптечным отделом и специализированными местами в аптеке, предоставляя фармацевтам время специализироваться в их области в качестве консультантов по лекарствам, уделяющих больше времени работе с пациентами и исследованиям.';
      expect(compressSentence(ru, 'ru').startsWith('В Великобритании роль аптекарей возросла')).toBe(true);
      const el =
        'Με μια ταινία... αστεία ή, καλύτερα, που δεν έπαψε ποτέ να είναι αστεία επιστρέφει ο σκηνοθέτης Νίκος Παππάς, παρουσιάζοντας από την Πέμπτη το νέο του έργο στην κεντρική αίθουσα του φεστιβάλ της πόλης.';
      expect(compressSentence(el, 'el').startsWith('Με μια ταινία')).toBe(true);
      // OrangeSum 27835: "Même son de cloche" is the head of the sentence, not a connective.
      expect(
        compressSentence(
          "Même son de cloche aux Pays-Bas, où le député d'extrême droite Geert Wilders a réclamé ce vendredi un référendum sur une éventuelle sortie de son pays de l'UE.",
          'fr',
        ),
      ).toMatch(/^Même son de cloche aux Pays-Bas/);
    });

    it('keeps an opening that names what the sentence is about', () => {
      // Scrapinghub: without its lead the line no longer says which product.
      expect(
        compressSentence(
          'Since the AirPods first launched in 2016, users and critics alike have been asking for noise cancellation and replaceable tips for a better fit.',
          'en',
        ),
      ).toContain('AirPods');
      // OrangeSum 13695: a whole subordinate clause before a long main clause still goes.
      expect(
        compressSentence(
          'Alors que doit se tenir le 12 décembre des élections décisives pour le Brexit et l\'avenir du Royaume-Uni, le Premier ministre britannique a tourné une vidéo pour convaincre ses électeurs à la manière du célèbre film "Love Actually".',
          'fr',
        ),
      ).toBe('Le Premier ministre britannique a tourné une vidéo pour convaincre ses électeurs à la manière du célèbre film "Love Actually".');
    });

    it('never cuts the main clause that follows a fronted phrase', () => {
      // OrangeSum 19507 (without the page's "=1em" markup).
      const fr =
        "Cible des critiques de opposants à la réforme des retraites qui l'accusent de vouloir l'influencer à son avantage, le gestionnaire d'actifs BlackRock a vu son siège parisien envahi mardi 7 janvier par des grévistes de la SNCF et de la RATP.";
      // The fronted apposition may go instead: the rest opens on its own subject.
      expect(compressSentence(fr, 'fr')).toBe(
        "Le gestionnaire d'actifs BlackRock a vu son siège parisien envahi mardi 7 janvier par des grévistes de la SNCF et de la RATP.",
      );
      // XQuAD el: "η έκδοση του Λούθερ έγινε…" is the subject and verb of the sentence.
      const el =
        'Δημοσιεύθηκε σε μια εποχή αυξανόμενης ζήτησης για εκδόσεις γερμανικής γλώσσας, η έκδοση του Λούθερ έγινε γρήγορα μία δημοφιλής μετάφραση της Βίβλου και ασκούσε επιρροή.';
      // The fronted participle phrase may go (up to twelve words): the line then opens on that subject.
      expect(compressSentence(el, 'el').toLowerCase()).toContain('η έκδοση του λούθερ έγινε γρήγορα');
      // But an afterthought still goes: PIAF fr, and an apposition with its own relative clause (XQuAD-style).
      expect(
        compressSentence(
          "François-Xavier Lafrance ouvre en 1854 à Memramcook le premier établissement d'enseignement supérieur de langue française, le séminaire Saint-Thomas; il ferme ses portes en 1862 mais il est rouvert deux ans plus tard par la Congrégation de Sainte-Croix et devient le Collège Saint-Joseph.",
          'fr',
        ),
      ).toBe("François-Xavier Lafrance ouvre en 1854 à Memramcook le premier établissement d'enseignement supérieur de langue française.");
    });

    it('keeps a dash aside whose conjunct a case ending ties to the sentence (Slavic, Greek)', () => {
      // Written after a DAnIEL page: "и целую серию совещаний" is the second object of "включала", not part of the aside.
      const ru =
        'Программа визита министра включала осмотр двух объектов - нового моста и городской больницы и целую серию совещаний - с депутатами, представителями бизнеса и руководством области.';
      expect(compressSentence(ru, 'ru')).toContain('целую серию совещаний');
    });

    it("keeps a speaker's short role, but not a long CV that names no speaker", () => {
      // Scrapinghub pages.
      expect(
        compressSentence('Chris Tang, Hong Kong’s new police commissioner, said in an interview that police alone are not able to end the violence.', 'en'),
      ).toContain('Hong Kong’s new police commissioner');
      expect(
        compressSentence(
          'Chris Beyrer, director of the Center for Public Health and Human Rights at the Bloomberg School of Public Health and director of the Johns Hopkins University Fogarty AIDS International Training and Research Program, will receive an honorary doctorate in health science this week from Chiang Mai University in northern Thailand.',
          'en',
        ),
      ).toBe('Chris Beyrer will receive an honorary doctorate in health science this week from Chiang Mai University in northern Thailand.');
      // After OrangeSum 18283 (its quotations left out).
      expect(
        compressSentence(
          'Le syndicat a décidé de mener une action populaire contre la réforme des retraites dans toute la région, a expliqué Rachel Neis, la coordinatrice en Lorraine de la CGT Mines-Energie.',
          'fr',
        ),
      ).toMatch(/Rachel Neis, la coordinatrice en Lorraine de la CGT Mines-Energie\.$/);
    });

    it('keeps the comma before "but" when an aside before it goes', () => {
      // XQuAD es.
      const c = compressSentence(
        'El oxígeno lo descubrieron de forma independiente Carl Wilhelm Scheele, en Uppsala, en 1773 o antes, y Joseph Priestley en Wiltshire, en 1774, pero a Priestley se le suele dar prioridad porque su trabajo fue publicado primero.',
        'es',
      );
      expect(c).not.toMatch(/Wiltshire pero/);
    });

    it('keeps the comma that closes the aside before, or opens a clause after', () => {
      // PIAF fr (Wikipedia).
      expect(
        compressSentence(
          "En 1779, la France persuada l'Espagne et les Provinces Unies, deux autres ennemies de la Grande-Bretagne, à cause des colonies, d'aider les Américains.",
          'fr',
          { target: 12 },
        ),
      ).toBe("En 1779, la France persuada l'Espagne et les Provinces Unies, deux autres ennemies de la Grande-Bretagne, d'aider les Américains.");
      expect(
        compressSentence(
          'Les Espagnols prirent de leur côté Pensacola, en Floride, tandis que de Grasse ravageait les Antilles britanniques et que Bouillé reprenait Saint-Eustache.',
          'fr',
          { target: 12 },
        ),
      ).not.toMatch(/Pensacola tandis/);
    });

    it('keeps a participle of saying that carries the claim', () => {
      // OrangeSum 8024: "prématuré" is the point of the story.
      expect(
        compressSentence(
          "Lors de la séance de questions au gouvernement, le Premier ministre a durci le ton quant au futur déconfinement, estimant qu'en parler était prématuré.",
          'fr',
          { target: 12 },
        ),
      ).toContain("estimant qu'en parler était prématuré");
    });

    it('cuts a phrase announcing the news before a colon, never a title running across the colon', () => {
      // OrangeSum 8669.
      expect(
        compressSentence(
          "Il fut, par sa dénonciation de l'apathie des gouvernants, l'un des combattants les plus efficaces contre le sida: Larry Kramer, auteur, militant homosexuel et co-fondateur de l'organisation Act Up, est mort mercredi à New York à l'âge de 84 ans.",
          'fr',
        ),
      ).toBe("Larry Kramer est mort mercredi à New York à l'âge de 84 ans.");
      // PIAF fr: "La France aux colonies : Acadiens et Canadiens" is a book's title.
      const c = compressSentence(
        "En 1859, François-Edme Rameau de Saint-Père, un Français, publie La France aux colonies : Acadiens et Canadiens, dont la première de deux parties traite de l'histoire des Acadiens, permettant aux principaux intéressés de découvrir pour la première fois leur histoire dans leur langue.",
        'fr',
      );
      expect(c.startsWith('En 1859, François-Edme Rameau de Saint-Père')).toBe(true);
      expect(c).toContain('publie La France aux colonies');
    });

    it('still cuts a relative clause before the verb', () => {
      // OrangeSum 22892.
      expect(
        compressSentence('Le fonds de lutte contre les addictions, qui succède au fonds de lutte contre le tabac, a été mis en place mardi.', 'fr', {
          target: 12,
        }),
      ).toBe('Le fonds de lutte contre les addictions a été mis en place mardi.');
    });
  });

  it('drops the Chinese reporting frame and parentheses', () => {
    expect(compressSentence('证券时报网综合报道，美国财政部15日公布截至2011年10月底的世界各国及地区持有美国国债的状况。', 'zh')).toBe(
      '美国财政部15日公布截至2011年10月底的世界各国及地区持有美国国债的状况。',
    );
  });

  it('drops connectives in every language that can lose them', () => {
    expect(compressSentence('Aber die Regierung will die Steuern nicht erhöhen.', 'de')).toBe('Die Regierung will die Steuern nicht erhöhen.');
    // Verb-second: without "Allerdings" the sentence would start with its verb.
    expect(compressSentence('Allerdings will die Regierung die Steuern nicht erhöhen.', 'de')).toBe('Allerdings will die Regierung die Steuern nicht erhöhen.');
    expect(compressSentence('Sin embargo, el Gobierno no subirá los impuestos este año.', 'es')).toBe('El Gobierno no subirá los impuestos este año.');
    expect(compressSentence('Tuttavia, il governo non aumenterà le tasse questo anno.', 'it')).toBe('Il governo non aumenterà le tasse questo anno.');
    expect(compressSentence('No entanto, o governo não vai aumentar os impostos este ano.', 'pt')).toBe('O governo não vai aumentar os impostos este ano.');
    expect(compressSentence('Maar de regering verhoogt de belastingen dit jaar niet.', 'nl')).toBe('De regering verhoogt de belastingen dit jaar niet.');
    expect(compressSentence('Однако правительство не будет повышать налоги.', 'ru')).toBe('Правительство не будет повышать налоги.');
    expect(compressSentence('Jednak rząd nie podniesie podatków w tym roku.', 'pl')).toBe('Rząd nie podniesie podatków w tym roku.');
    expect(compressSentence('Ωστόσο η κυβέρνηση δεν θα αυξήσει τους φόρους.', 'el')).toBe('Η κυβέρνηση δεν θα αυξήσει τους φόρους.');
    expect(compressSentence('Ainsi soit-il, dit le prêtre à la fin de la messe.', 'fr')).toBe('Ainsi soit-il, dit le prêtre à la fin de la messe.');
  });

  it('every line is a trim of its sentence, never longer', () => {
    for (const s of [...ORANGESUM_5777, 'LONDON (Reuters) - Oil prices fell on Tuesday as oversupply worries returned.']) {
      const c = compressSentence(s, /[àéèç]/.test(s) ? 'fr' : 'en');
      expect(isTrimOf(c, s)).toBe(true);
      expect(lineLength(c, 'fr')).toBeLessThanOrEqual(lineLength(s, 'fr'));
    }
    expect(isTrimOf('Oil prices rose', 'Oil prices fell on Tuesday')).toBe(false);
    expect(isTrimOf('Tuesday oil', 'Oil prices fell on Tuesday')).toBe(false);
  });

  it('counts CJK lines in characters / 2', () => {
    expect(lineLength('美国财政部公布了持有美国国债的状况。', 'zh')).toBe(9);
  });
});

describe('hasUnbalancedQuotes', () => {
  it('tells half a quotation from a whole one, in each quoting style', async () => {
    const { hasUnbalancedQuotes } = await import('../../lib/text/quotes');
    expect(hasUnbalancedQuotes('« Non, je laisse la porte ouverte à ce qui peut se passer.')).toBe(true);
    expect(hasUnbalancedQuotes('« Non », a-t-il dit.')).toBe(false);
    expect(hasUnbalancedQuotes('Er sagte: „Wir machen weiter“.')).toBe(false);
    expect(hasUnbalancedQuotes('“We will go on,” she said.')).toBe(false);
    expect(hasUnbalancedQuotes("Si jamais, c'est moi qui doit ramasser le drapeau, j'irai ramasser le drapeau\", a répondu le député.")).toBe(true);
  });
});
