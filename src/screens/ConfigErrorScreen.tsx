/**
 * Shown instead of the app when a VITE_* value is missing or malformed; names each variable. The
 * page's own words follow the reader's language; each issue's problem and fix stay as config/env.ts
 * writes them, in English, because they quote variables, values and commands for whoever deploys.
 */
import { envFileAdvice, type ConfigIssue } from '../config/env';
import { Card } from '../components/Card';
import { RichText } from '../i18n/RichText';
import { useI18n } from '../i18n/useI18n';

export function ConfigErrorScreen({
  issues,
  advice = envFileAdvice({}),
}: {
  issues: readonly ConfigIssue[];
  /** The env file this mode reads and what makes a change take effect (from envFileAdvice). */
  advice?: ReturnType<typeof envFileAdvice>;
}) {
  const { t } = useI18n();
  return (
    <main id="main" className="page-center">
      <Card title={t('system.config.title')} heading="plain">
        <p role="alert">
          {issues.length === 1
            ? t('system.config.oneIssue')
            : t('system.config.issues', { count: issues.length })}
        </p>
        <ul className="config-error">
          {issues.map((issue) => (
            <li key={`${issue.variable}:${issue.problem}`}>
              <code>{issue.variable}</code> {issue.problem} <span className="fix">{issue.fix}</span>
            </li>
          ))}
        </ul>
        <p>
          {advice.file === '.env.development.local' ? (
            <RichText
              id="system.config.local"
              values={{
                command: <code>npm run dev</code>,
                file: <code>.env.development.local</code>,
              }}
            />
          ) : (
            <RichText
              id={
                advice.apply === 'build again'
                  ? 'system.config.otherBuild'
                  : 'system.config.otherMode'
              }
              values={{
                file: <code>{advice.file}</code>,
                deploy: <code>npm run deploy</code>,
                provision: <code>npm run provision -- --target aws</code>,
              }}
            />
          )}
        </p>
      </Card>
    </main>
  );
}
