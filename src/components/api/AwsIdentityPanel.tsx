/**
 * Developer details: the identity pool's view of this visitor. Gets temporary AWS credentials (a
 * guest's when signed out, the user's when signed in), shows the identity id and when they expire
 * (never the secret), and makes one SigV4-signed call to GET /iam/whoami. Hidden without an identity pool.
 */
import { useState } from 'react';
import { signedJson } from '../../api/signed';
import { useAuth } from '../../auth/useAuth';
import { useConfig } from '../../config/ConfigContext';
import { Card } from '../Card';
import { useI18n } from '../../i18n/useI18n';

/** Credentials last about an hour: the time of day says enough. */
const EXPIRY_FORMAT: Intl.DateTimeFormatOptions = { timeStyle: 'medium' };

interface WhoAmI {
  identityId: string;
  authenticationType: 'authenticated' | 'unauthenticated';
  guest: boolean;
}

type Shown =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; identityId: string; expiration: Date; whoami: WhoAmI }
  | { kind: 'failed'; message: string };

export function AwsIdentityPanel() {
  const config = useConfig();
  const { state } = useAuth();
  // A new owner (sign-in, sign-out, here or in another tab) starts the panel afresh: its credentials
  // are gone from the auth core, so they must be gone from the screen too.
  const owner = state.step === 'signedIn' ? state.user.sub : state.step;
  if (!config.identityPool) return null;
  return <Panel key={owner} signedIn={state.step === 'signedIn'} />;
}

function Panel({ signedIn }: { signedIn: boolean }) {
  const { t, formatDateTime } = useI18n();
  const config = useConfig();
  const { getAwsCredentials } = useAuth();
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });

  const run = async () => {
    setShown({ kind: 'busy' });
    try {
      const credentials = await getAwsCredentials();
      const whoami = await signedJson<WhoAmI>('/iam/whoami', {
        apiUrl: config.apiUrl,
        region: config.region,
        credentials,
        timeoutMs: config.requestTimeouts.apiMs,
      });
      setShown({
        kind: 'done',
        identityId: credentials.identityId,
        expiration: credentials.expiration,
        whoami,
      });
    } catch (error) {
      setShown({
        kind: 'failed',
        message: error instanceof Error ? error.message : t('developer.aws.failed'),
      });
    }
  };

  return (
    <Card title={t('developer.aws.title')} heading="section" busy={shown.kind === 'busy'}>
      <p>{signedIn ? t('developer.aws.introSignedIn') : t('developer.aws.introGuest')}</p>
      <p className="actions">
        <button type="button" onClick={() => void run()} disabled={shown.kind === 'busy'}>
          {t('developer.aws.call')}
        </button>
      </p>
      {shown.kind === 'idle' ? <p className="hint">{t('developer.aws.idle')}</p> : null}
      {shown.kind === 'busy' ? <p role="status">{t('developer.aws.busy')}</p> : null}
      {shown.kind === 'failed' ? (
        <div role="alert" className="alert alert-error">
          <p className="alert-message">{shown.message}</p>
        </div>
      ) : null}
      {shown.kind === 'done' ? (
        <dl className="facts" aria-label={t('developer.aws.identity')}>
          <dt>{t('developer.aws.identityId')}</dt>
          <dd>
            <code data-testid="identity-id">{shown.identityId}</code>
          </dd>
          <dt>{t('developer.aws.expires')}</dt>
          <dd>
            <time dateTime={shown.expiration.toISOString()}>
              {formatDateTime(shown.expiration, EXPIRY_FORMAT)}
            </time>
          </dd>
          <dt>{t('developer.aws.whoamiSays')}</dt>
          <dd data-testid="whoami">
            {shown.whoami.guest ? t('developer.aws.guestAs') : t('developer.aws.signedInAs')}{' '}
            <code>{shown.whoami.identityId}</code>
          </dd>
        </dl>
      ) : null}
    </Card>
  );
}
