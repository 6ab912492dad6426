/**
 * The session's tokens for a curious user: when each expires and what it claims, decoded in the
 * browser for display only (the API verifies every token itself).
 */
import { useCallback } from 'react';
import { decodeJwtHeader } from '../../auth/jwt';
import type { SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { useAsyncResource } from '../../components/useAsyncResource';

function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function TokensSection({ user }: { user: SignedInUser }) {
  const { getAccessToken } = useAuth();
  const loadAccessHeader = useCallback(
    () => getAccessToken().then(decodeJwtHeader),
    [getAccessToken],
  );
  // Without a header (no token just now) the card shows the payload alone.
  const { resource } = useAsyncResource(loadAccessHeader);
  const accessHeader = resource.status === 'ok' ? resource.data : null;
  return (
    <Card title="Tokens" heading="section">
      <p className="hint">
        Decoded in the browser for display only; signatures are left out. The API verifies every
        token itself.
      </p>
      <dl className="facts">
        <dt>ID token expires</dt>
        <dd>
          <time dateTime={new Date(user.idTokenExpiresAt).toISOString()}>
            {formatTime(user.idTokenExpiresAt)}
          </time>
        </dd>
        <dt>Access token expires</dt>
        <dd>
          <time dateTime={new Date(user.accessTokenExpiresAt).toISOString()}>
            {formatTime(user.accessTokenExpiresAt)}
          </time>
        </dd>
      </dl>
      <details>
        <summary>ID token claims</summary>
        <pre tabIndex={0} aria-label="ID token claims">
          {JSON.stringify(user.idTokenClaims, null, 2)}
        </pre>
      </details>
      <details>
        <summary>Access token claims</summary>
        {accessHeader ? (
          <>
            <h3 className="step-heading">Header</h3>
            <pre tabIndex={0} aria-label="Access token header">
              {JSON.stringify(accessHeader, null, 2)}
            </pre>
            <h3 className="step-heading">Payload</h3>
          </>
        ) : null}
        <pre tabIndex={0} aria-label="Access token claims">
          {JSON.stringify(user.accessTokenClaims, null, 2)}
        </pre>
      </details>
    </Card>
  );
}
