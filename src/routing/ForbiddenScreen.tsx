/**
 * What RequireGroup shows a signed-in visitor who lacks the group: "no access" in place of the page,
 * with a way on — never a sign-in, so a missing group cannot cause a redirect loop.
 */
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { Card } from '../components/Card';

export function ForbiddenScreen({ group }: { group?: string }) {
  return (
    <Card title="You don’t have access">
      <p>
        You are signed in, but this page is only for{' '}
        {group ? (
          <>
            members of the <strong>{group}</strong> group
          </>
        ) : (
          'some accounts'
        )}
        . If you think you should have access, ask an administrator to add you.
      </p>
      <p className="actions">
        <Link className="button secondary" to={paths.account}>
          Go to your account
        </Link>
      </p>
    </Card>
  );
}
