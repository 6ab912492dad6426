/**
 * A hidden, read-only username next to a new-password field, so password managers save the new
 * password for the right account (Chrome's "password forms should have username fields" advice).
 */
export function UsernameHint({ username }: { username: string }) {
  return (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value={username}
      readOnly
      hidden
      tabIndex={-1}
      aria-hidden="true"
    />
  );
}
