/**
 * Polite status messages that do not interrupt like an alert does: a notice shown with the screen,
 * and a success line for an action done in place.
 */
import type { ReactNode } from 'react';

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success';
  children: ReactNode;
}) {
  return (
    <div role="status" className={`alert alert-${tone}`}>
      {children}
    </div>
  );
}

/**
 * A success line for an action done in place (saved, changed, turned on). The polite region is there
 * before the message, so screen readers announce the message when it appears.
 */
export function SuccessStatus({ message }: { message: string | null }) {
  return (
    <div role="status">{message ? <p className="alert alert-success">{message}</p> : null}</div>
  );
}
