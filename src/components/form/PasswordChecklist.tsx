/**
 * The pool's password rules, ticking as the person types. Each item says "met"/"not met" in words
 * for screen readers; the list is not live, because announcing every keystroke is noise. After a
 * failed submit (`flagUnmet`), unmet rules are marked as errors rather than left quietly grey.
 */
import type { PasswordPolicy } from '../../config/env';
import { useI18n } from '../../i18n/useI18n';
import { checkPassword } from './passwordRules';

export function PasswordChecklist({
  id,
  password,
  policy,
  flagUnmet = false,
}: {
  id: string;
  password: string;
  policy: PasswordPolicy;
  flagUnmet?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const checks = checkPassword(password, policy, i18n);
  return (
    <ul id={id} className="checklist" aria-label={t('form.checklist.label')}>
      {checks.map((check) => {
        const flagged = flagUnmet && !check.met;
        return (
          <li key={check.id} data-met={check.met} data-flagged={flagged || undefined}>
            <span aria-hidden="true" className="checklist-mark">
              {check.met ? '✓' : flagged ? '✗' : '•'}
            </span>{' '}
            {check.label}
            <span className="visually-hidden">
              {check.met ? t('form.checklist.met') : t('form.checklist.notMet')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
