/**
 * /admin (admin group only, enforced by RequireGroup): calls GET /admin. A 403 from the API itself
 * shows the same "no access" words, never a new sign-in.
 */
import { useId } from 'react';
import { ApiPanel } from '../components/api/ApiPanel';
import { PageHeading } from '../components/PageHeading';
import { useApiGet } from '../components/api/useApiGet';

interface AdminReply {
  message: string;
  groups?: string[];
}

export function AdminScreen() {
  const titleId = useId();
  const admin = useApiGet<AdminReply>('/admin');
  return (
    <div className="stack">
      <section className="card" aria-labelledby={titleId}>
        <PageHeading id={titleId}>Admin</PageHeading>
        <p>Only members of the admin group reach this page.</p>
      </section>
      <ApiPanel title="GET /admin" {...admin}>
        {(data) => <p className="api-message">{data.message}</p>}
      </ApiPanel>
    </div>
  );
}
