/**
 * What RequireGroup shows a signed-in visitor who lacks the group: "no access" in place of the page,
 * with a way on — never a sign-in, so a missing group cannot cause a redirect loop.
 */
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { PageHeading } from '../components/PageHeading';

export function ForbiddenScreen({ group }: { group?: string }) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <PageHeading id={titleId}>You don&rsquo;t have access</PageHeading>
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
    </section>
  );
}
