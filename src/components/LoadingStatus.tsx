/** The polite "still working" line a screen shows while the session is being restored or checked. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export function LoadingStatus({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <p role="status" className="loading-status">
      {children ?? t('common.checkingSession')}
    </p>
  );
}
