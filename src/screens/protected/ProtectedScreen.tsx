/**
 * /protected (signed in): calls the API's GET /hello and GET /me with the session's token and shows
 * what came back, or a plain-words reason with Retry.
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
  userId: string;
  username: string | null;
  clientId?: string | null;
  scope?: string | null;
  groups: string[];
  claims?: Record<string, unknown>;
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
              <dt>User ID</dt>
              <dd>
                <code>{data.userId}</code>
              </dd>
              <dt>Username</dt>
              <dd>{data.username ?? '—'}</dd>
              <dt>Scope</dt>
              <dd>{data.scope ?? '—'}</dd>
              <dt>Groups</dt>
              <dd>{data.groups.length > 0 ? data.groups.join(', ') : 'none'}</dd>
            </dl>
            {data.claims ? (
              <details>
                <summary>Claims the API verified</summary>
                <pre tabIndex={0} aria-label="Claims the API verified">
                  {JSON.stringify(data.claims, null, 2)}
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
