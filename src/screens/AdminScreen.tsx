/**
 * /admin (admin group only, enforced by RequireGroup): calls GET /admin. A 403 from the API itself
 * shows the same "no access" words, never a new sign-in.
 */
import { ApiPanel } from '../components/api/ApiPanel';
import { Card } from '../components/Card';
import { useApiGet } from '../components/api/useApiGet';

interface AdminReply {
  message: string;
  groups?: string[];
}

export function AdminScreen() {
  const admin = useApiGet<AdminReply>('/admin');
  return (
    <div className="stack">
      <Card title="Admin">
        <p>Only members of the admin group reach this page.</p>
      </Card>
      <ApiPanel title="GET /admin" {...admin}>
        {(data) => <p className="api-message">{data.message}</p>}
      </ApiPanel>
    </div>
  );
}
