/** Shown instead of the app when a VITE_* value is missing or malformed; names each variable. */
import type { ConfigIssue } from '../config/env';
import { Card } from '../components/Card';

export function ConfigErrorScreen({ issues }: { issues: readonly ConfigIssue[] }) {
  return (
    <main id="main" className="page-center">
      <Card title="The app is not configured" heading="plain">
        <p role="alert">
          {issues.length === 1 ? 'One setting needs' : `${issues.length} settings need`} fixing
          before anyone can sign in.
        </p>
        <ul className="config-error">
          {issues.map((issue) => (
            <li key={`${issue.variable}:${issue.problem}`}>
              <code>{issue.variable}</code> {issue.problem} <span className="fix">{issue.fix}</span>
            </li>
          ))}
        </ul>
        <p>
          Running locally? <code>npm run dev</code> provisions the local pool and writes{' '}
          <code>.env.development.local</code> for you.
        </p>
      </Card>
    </main>
  );
}
