/** A card for one API call: its title, then loading, the failure with Retry, or the data. */
import { useId, type ReactNode } from 'react';
import { ApiErrorMessage } from './ApiErrorMessage';
import type { ApiResource } from './useApiGet';

export function ApiPanel<T>({
  title,
  resource,
  retry,
  children,
}: {
  title: string;
  resource: ApiResource<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id} aria-busy={resource.status === 'loading'}>
      <h2 id={id}>{title}</h2>
      {resource.status === 'loading' ? <p role="status">Loading…</p> : null}
      {resource.status === 'error' ? (
        <ApiErrorMessage error={resource.error} onRetry={retry} />
      ) : null}
      {resource.status === 'ok' ? children(resource.data) : null}
    </section>
  );
}
