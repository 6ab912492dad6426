/**
 * /protected (signed in): calls the API's GET /hello (a greeting by name) and GET /me (name, email,
 * company and groups from the verified access token) and shows what came back, or a plain-words
 * reason with Retry.
 */
import { ApiPanel } from '../../components/api/ApiPanel';
import { BurstPanel } from './BurstPanel';
import { Card } from '../../components/Card';
import { useApiGet } from '../../components/api/useApiGet';

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

/** Internal identifiers (a UUID, the pool's username) mean nothing to a person: not shown. */
const HIDDEN_CLAIMS = new Set(['sub', 'username', 'cognito:username']);

function readableClaims(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([name]) => !HIDDEN_CLAIMS.has(name)));
}

export function ProtectedScreen() {
  const hello = useApiGet<Hello>('/hello');
  const me = useApiGet<Me>('/me');
  return (
    <div className="stack">
      <Card title="Protected page">
        <p>
          Only signed-in people see this page. Both calls below send your access token to the API.
        </p>
      </Card>
      <ApiPanel title="GET /hello" {...hello}>
        {(data) => <p className="api-message">{data.message}</p>}
      </ApiPanel>
      <ApiPanel title="GET /me" {...me}>
        {(data) => (
          <>
            <dl className="facts">
              <dt>Name</dt>
              <dd>{data.name ?? '—'}</dd>
              <dt>Email</dt>
              <dd>{data.email ?? '—'}</dd>
              <dt>Company</dt>
              <dd>{data.company ?? '—'}</dd>
              <dt>Scope</dt>
              <dd>{data.scope ?? '—'}</dd>
              <dt>Groups</dt>
              <dd>{data.groups.length > 0 ? data.groups.join(', ') : 'none'}</dd>
            </dl>
            {data.claims ? (
              <details>
                <summary>Claims the API verified</summary>
                <pre tabIndex={0} aria-label="Claims the API verified">
                  {JSON.stringify(readableClaims(data.claims), null, 2)}
                </pre>
              </details>
            ) : null}
          </>
        )}
      </ApiPanel>
      <BurstPanel />
    </div>
  );
}
