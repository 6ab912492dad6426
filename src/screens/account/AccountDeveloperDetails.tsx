/**
 * The account page's developer details: the internal identifiers, groups, the session's tokens
 * (expiry, claims, the access token's header; decoded in the browser for display only, the API
 * verifies every token itself) and the identity pool's credentials.
 */
import { useCallback } from 'react';
import { decodeJwtHeader } from '../../auth/jwt';
import type { SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { DeveloperDetails } from '../../components/DeveloperDetails';
import { AwsIdentityPanel } from '../../components/api/AwsIdentityPanel';
import { useAsyncResource } from '../../components/useAsyncResource';
import { useI18n } from '../../i18n/useI18n';

// Seconds matter to a developer watching a token expire.
const EXPIRY_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

export function AccountDeveloperDetails({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  return (
    <DeveloperDetails>
      <Card title={t('developer.identity.title')} heading="section">
        <dl className="facts">
          <dt>{t('developer.identity.sub')}</dt>
          <dd>
            <code>{user.sub}</code>
          </dd>
          <dt>{t('developer.identity.username')}</dt>
          <dd>
            <code>{user.username}</code>
          </dd>
        </dl>
      </Card>
      <Card title={t('developer.groups.title')} heading="section">
        {user.groups.length === 0 ? (
          <p>{t('developer.groups.none')}</p>
        ) : (
          <ul className="tags">
            {user.groups.map((group) => (
              <li key={group}>{group}</li>
            ))}
          </ul>
        )}
      </Card>
      <TokensPanel user={user} />
      <AwsIdentityPanel />
    </DeveloperDetails>
  );
}

function TokensPanel({ user }: { user: SignedInUser }) {
  const { t, formatDateTime } = useI18n();
  const { getAccessToken } = useAuth();
  const loadAccessHeader = useCallback(
    () => getAccessToken().then(decodeJwtHeader),
    [getAccessToken],
  );
  // Without a header (no token just now) the panel shows the payload alone.
  const { resource } = useAsyncResource(loadAccessHeader);
  const accessHeader = resource.status === 'ok' ? resource.data : null;
  const time = (epochMs: number) => (
    <time dateTime={new Date(epochMs).toISOString()}>{formatDateTime(epochMs, EXPIRY_FORMAT)}</time>
  );
  return (
    <Card title={t('developer.tokens.title')} heading="section">
      <p className="hint">{t('developer.tokens.intro')}</p>
      <dl className="facts">
        <dt>{t('developer.tokens.idExpires')}</dt>
        <dd>{time(user.idTokenExpiresAt)}</dd>
        <dt>{t('developer.tokens.accessExpires')}</dt>
        <dd>{time(user.accessTokenExpiresAt)}</dd>
      </dl>
      <details>
        <summary>{t('developer.tokens.idClaims')}</summary>
        <pre tabIndex={0} aria-label={t('developer.tokens.idClaims')}>
          {JSON.stringify(user.idTokenClaims, null, 2)}
        </pre>
      </details>
      <details>
        <summary>{t('developer.tokens.accessClaims')}</summary>
        {accessHeader ? (
          <>
            <h3 className="step-heading">{t('developer.tokens.header')}</h3>
            <pre tabIndex={0} aria-label={t('developer.tokens.accessHeader')}>
              {JSON.stringify(accessHeader, null, 2)}
            </pre>
            <h3 className="step-heading">{t('developer.tokens.payload')}</h3>
          </>
        ) : null}
        <pre tabIndex={0} aria-label={t('developer.tokens.accessClaims')}>
          {JSON.stringify(user.accessTokenClaims, null, 2)}
        </pre>
      </details>
    </Card>
  );
}
