/** A card for one API call: its title, then loading, the failure with Retry, or the data. */
import type { ReactNode } from 'react';
import { Card } from '../Card';
import { ApiErrorMessage } from './ApiErrorMessage';
import type { AsyncResource } from '../useAsyncResource';
import { useI18n } from '../../i18n/useI18n';

export function ApiPanel<T>({
  title,
  resource,
  retry,
  children,
}: {
  title: string;
  resource: AsyncResource<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card title={title} heading="section" busy={resource.status === 'loading'}>
      {resource.status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {resource.status === 'error' ? (
        <ApiErrorMessage error={resource.error} onRetry={retry} />
      ) : null}
      {resource.status === 'ok' ? children(resource.data) : null}
    </Card>
  );
}
