/** The polite "still working" line a screen shows while the session is being restored or checked. */
import type { ReactNode } from 'react';

export function LoadingStatus({ children = 'Checking your session…' }: { children?: ReactNode }) {
  return (
    <p role="status" className="loading-status">
      {children}
    </p>
  );
}
