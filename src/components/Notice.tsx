/** A polite status message (success or information) that does not interrupt like an alert does. */
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
