/** Shown instead of the app when a VITE_* value is missing or malformed; names each variable. */
import { envFileAdvice, type ConfigIssue } from '../config/env';
import { Card } from '../components/Card';

export function ConfigErrorScreen({
  issues,
  advice = envFileAdvice({}),
}: {
  issues: readonly ConfigIssue[];
  /** The env file this mode reads and what makes a change take effect (from envFileAdvice). */
  advice?: ReturnType<typeof envFileAdvice>;
}) {
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
        {advice.file === '.env.development.local' ? (
          <p>
            Running locally? <code>npm run dev</code> provisions the local pool and writes{' '}
            <code>.env.development.local</code> for you.
          </p>
        ) : (
          <p>
            This {advice.apply === 'build again' ? 'build' : 'mode'} reads{' '}
            <code>{advice.file}</code>: write the values there and {advice.apply}.{' '}
            <code>npm run deploy</code> writes it for a stack it deploys, and{' '}
            <code>npm run provision -- --target aws</code> for a pool alone.
          </p>
        )}
      </Card>
    </main>
  );
}
