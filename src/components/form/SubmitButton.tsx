/** The form's submit button: says what is happening while busy and cannot be pressed twice. */
import type { ReactNode } from 'react';

export function SubmitButton({
  busy,
  busyLabel,
  children,
  className,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button type="submit" className={className} disabled={busy} aria-busy={busy || undefined}>
      {busy ? busyLabel : children}
    </button>
  );
}
