/**
 * /protected (signed in): what the protected API says to this person (GET /hello, a greeting by
 * name) and what it knows about them (GET /me: name, email, company and groups from the verified
 * access token), read as content, or a plain-words reason with Retry. Scope, verified claims and the
 * concurrent-refresh demo wait under "Developer details".
 */
import { ApiPanel } from '../../components/api/ApiPanel';
import { BurstPanel } from './BurstPanel';
import { Card } from '../../components/Card';
import { DeveloperDetails } from '../../components/DeveloperDetails';
import { useApiGet } from '../../components/api/useApiGet';
import { useI18n } from '../../i18n/useI18n';

interface Hello {
  message: string;
  userId?: string;
}

interface Me {
  name?: string | null;
  email?: string | null;
  company?: string | null;
  clientId?: string | null;
  scope?: string | null;
  groups: string[];
  claims?: Record<string, unknown>;
}

export function ProtectedScreen() {
  const { t } = useI18n();
  const hello = useApiGet<Hello>('/hello');
  const me = useApiGet<Me>('/me');
  const dash = t('protectedPage.none');
  return (
    <div className="stack">
      <Card title={t('protectedPage.title')}>
        <p>{t('protectedPage.intro')}</p>
      </Card>
      <ApiPanel title={t('protectedPage.hello.title')} {...hello}>
        {(data) => <p className="api-message">{data.message}</p>}
      </ApiPanel>
      <ApiPanel title={t('protectedPage.me.title')} {...me}>
        {(data) => (
          <dl className="facts">
            <dt>{t('protectedPage.me.name')}</dt>
            <dd>{data.name ?? dash}</dd>
            <dt>{t('protectedPage.me.email')}</dt>
            <dd>{data.email ?? dash}</dd>
            <dt>{t('protectedPage.me.company')}</dt>
            <dd>{data.company ?? dash}</dd>
            <dt>{t('protectedPage.me.groups')}</dt>
            <dd>
              {data.groups.length > 0 ? data.groups.join(', ') : t('protectedPage.me.noGroups')}
            </dd>
          </dl>
        )}
      </ApiPanel>
      <DeveloperDetails>
        <ApiPanel title={t('developer.api.title')} {...me}>
          {(data) => (
            <>
              <dl className="facts">
                <dt>{t('developer.api.scope')}</dt>
                <dd>{data.scope ?? dash}</dd>
              </dl>
              {data.claims ? (
                <pre tabIndex={0} aria-label={t('developer.api.claims')}>
                  {JSON.stringify(data.claims, null, 2)}
                </pre>
              ) : null}
            </>
          )}
        </ApiPanel>
        <BurstPanel />
      </DeveloperDetails>
    </div>
  );
}
