/**
 * "Developer details": the one place a page keeps what only developers read (internal IDs, scopes,
 * token claims, the identity pool, the concurrent-refresh demo). Closed by default, so people never
 * meet a UUID on their way; kept because developers testing a staging pool rely on it.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export function DeveloperDetails({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details className="card developer-details">
      <summary>{t('developer.title')}</summary>
      <p className="hint">{t('developer.intro')}</p>
      <div className="stack">{children}</div>
    </details>
  );
}
