import { t } from '../lib/i18n';

/** Beside a line whose cited sentences do not carry it: seen, and heard by screen readers. */
export function UnverifiedMark() {
  return (
    <span class="unverified-mark" data-testid="unverified" title={t('engineUnverifiedTitle')}>
      {t('engineUnverified')}
    </span>
  );
}
