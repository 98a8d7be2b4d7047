import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface TagEditorProps {
  tags: string[];
  onChange(tags: string[]): void;
  /** Clicking a tag filters the library by it. */
  onPick(tag: string): void;
}

/** A record's tags: click one to filter by it, × to remove it, type and Enter to add. */
export function TagEditor({ tags, onChange, onPick }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const added = draft
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (added.length) onChange([...tags, ...added]);
    setDraft('');
  };
  return (
    <div class="tags" aria-label={t('libTags')}>
      <ul class="tag-list" data-testid="library-tags">
        {tags.map((tag) => (
          <li key={tag} class="tag">
            <button type="button" class="tag-name" data-testid="library-tag" onClick={() => onPick(tag)}>
              {tag}
            </button>
            <button
              type="button"
              class="tag-remove"
              data-testid="library-tag-remove"
              aria-label={t('libRemoveTag', tag)}
              title={t('libRemoveTag', tag)}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="tag-add" onSubmit={add}>
        <input
          type="text"
          data-testid="library-tag-input"
          aria-label={t('libAddTag')}
          placeholder={t('libAddTagPlaceholder')}
          value={draft}
          maxLength={64}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
      </form>
    </div>
  );
}
