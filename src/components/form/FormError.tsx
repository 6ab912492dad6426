/**
 * The error summary at the top of a form: one alert region that speaks when a server error arrives,
 * receives focus so keyboard users land on it, and offers "Try again" when trying again may work.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { AuthError } from '../../auth/types';
import { translateMessage } from '../../i18n/message';
import { useI18n } from '../../i18n/useI18n';

export function FormError({
  error,
  onRetry,
  children,
  focus = true,
}: {
  error: Pick<AuthError, 'text' | 'retryable'> | null | undefined;
  onRetry?: () => void;
  /** Extra ways forward, e.g. "Sign in" links for an existing account. */
  children?: ReactNode;
  focus?: boolean;
}) {
  const i18n = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && focus) ref.current?.focus();
  }, [error, focus]);
  // The region exists before the message does, so screen readers notice the change.
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="form-error-region">
      {error ? (
        <div className="alert alert-error">
          <p className="alert-message">{translateMessage(i18n, error.text)}</p>
          {children}
          {error.retryable && onRetry ? (
            <p className="actions">
              <button type="button" className="secondary" onClick={onRetry}>
                {i18n.t('common.tryAgain')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
