/**
 * The pool's password rules, ticking as the person types. Each item says "met"/"not met" in words
 * for screen readers; the list is not live, because announcing every keystroke is noise.
 */
import type { PasswordPolicy } from '../../config/env';
import { checkPassword } from './passwordRules';

export function PasswordChecklist({
  id,
  password,
  policy,
}: {
  id: string;
  password: string;
  policy: PasswordPolicy;
}) {
  const checks = checkPassword(password, policy);
  return (
    <ul id={id} className="checklist" aria-label="Password requirements">
      {checks.map((check) => (
        <li key={check.id} data-met={check.met}>
          <span aria-hidden="true" className="checklist-mark">
            {check.met ? '✓' : '•'}
          </span>{' '}
          {check.label}
          <span className="visually-hidden">{check.met ? ': met' : ': not met'}</span>
        </li>
      ))}
    </ul>
  );
}
