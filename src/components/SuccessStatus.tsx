/**
 * A success line for an action done in place (saved, changed, turned on). The polite region is there
 * before the message, so screen readers announce the message when it appears.
 */
export function SuccessStatus({ message }: { message: string | null }) {
  return (
    <div role="status">{message ? <p className="alert alert-success">{message}</p> : null}</div>
  );
}
