import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Settings } from '../../lib/storage';
import { useSettings } from '../useSettings';
import type { DigestLength } from '../../lib/types';
import { t } from '../../lib/i18n';
import { EngineSettings } from '../EngineSettings';
import { DataSection } from './DataSection';
import { ShortcutsSection } from './ShortcutsSection';

const LENGTHS: Array<{ value: DigestLength; label: () => string }> = [
  { value: 'short', label: () => t('optionsLengthShort') },
  { value: 'standard', label: () => t('optionsLengthStandard') },
  { value: 'detailed', label: () => t('optionsLengthDetailed') },
];

const THEMES: Array<{ value: Settings['theme']; label: () => string }> = [
  { value: 'system', label: () => t('optionsThemeSystem') },
  { value: 'light', label: () => t('optionsThemeLight') },
  { value: 'dark', label: () => t('optionsThemeDark') },
];

const FAQ_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8];

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={`${id}-title`} data-testid={`options-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A choice of one among a few, each a labelled radio button (data-testid `options-<name>-<value>`). */
function RadioGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  choices: Array<{ value: T; label: () => string }>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label class="choice" key={c.value}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            data-testid={`options-${name}-${c.value}`}
          />
          {c.label()}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The options page: engine, digest length, FAQ size, the side panel's automatic summaries, the
 * theme, shortcuts and the reader's data. Each change is saved at once (synced preferences only:
 * keys and digests stay in this browser) and announced in a live region.
 */
export function OptionsPage() {
  const [prefs, save] = useSettings();
  const [announce, setAnnounce] = useState('');

  const change = (patch: Partial<Settings>) => {
    void save(patch).then(
      () => setAnnounce(t('optionsSaved')),
      () => setAnnounce(t('optionsNotSaved')),
    );
  };

  return (
    <main class="options" data-testid="options-page">
      <header class="options-head">
        <span class="brand">{t('extName')}</span>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="options-status" role="status" aria-live="polite" data-testid="options-status">
        {announce}
      </p>

      <Section id="engine" title={t('optionsEngineHeading')}>
        <EngineSettings />
      </Section>

      <Section id="digest" title={t('optionsDigestHeading')}>
        <RadioGroup name="length" legend={t('optionsLengthLegend')} choices={LENGTHS} value={prefs.length} onChange={(length) => change({ length })} />
        <label class="field">
          <span>{t('optionsFaqLabel')}</span>
          <select
            value={prefs.faqItems === undefined ? 'auto' : String(prefs.faqItems)}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              change({ faqItems: v === 'auto' ? undefined : Number(v) });
            }}
            data-testid="options-faq"
          >
            <option value="auto">{t('optionsFaqAuto')}</option>
            {FAQ_COUNTS.map((n) => (
              <option value={String(n)} key={n}>
                {t('optionsFaqAtMost', n)}
              </option>
            ))}
          </select>
        </label>
      </Section>

      <Section id="panel" title={t('optionsPanelHeading')}>
        <label class="choice">
          <input
            type="checkbox"
            checked={prefs.autoSummarise}
            onChange={(e) => change({ autoSummarise: (e.currentTarget as HTMLInputElement).checked })}
            data-testid="options-auto"
          />
          {t('uiAutoSummarise')}
        </label>
        <p class="hint">{t('optionsAutoHint')}</p>
      </Section>

      <Section id="appearance" title={t('optionsAppearanceHeading')}>
        <RadioGroup name="theme" legend={t('optionsThemeLegend')} choices={THEMES} value={prefs.theme} onChange={(theme) => change({ theme })} />
      </Section>

      <Section id="shortcuts" title={t('optionsShortcutsHeading')}>
        <ShortcutsSection />
      </Section>

      <Section id="data" title={t('optionsDataHeading')}>
        <DataSection />
      </Section>
    </main>
  );
}
