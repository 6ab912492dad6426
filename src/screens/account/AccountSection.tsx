/**
 * One section of the account page (Profile, Security, Sessions) and its one status line. Every
 * success and every failure that is not about a single field shows in the same place, right under
 * the section's heading, in the same style; it clears when the person acts again (edits a field,
 * opens an editor or submits again), so an old "saved" never sits next to new input.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { AuthError } from '../../auth/types';
import { SuccessStatus } from '../../components/SuccessStatus';
import { FormError } from '../../components/form/FormError';
import { SubmitButton } from '../../components/form/SubmitButton';
import type { AuthFormApi } from '../../components/form/useAuthForm';
import { useI18n } from '../../i18n/useI18n';

type Outcome =
  { kind: 'success'; message: string } | { kind: 'error'; error: AuthError; retry?: () => void };

export interface SectionStatus {
  succeed(message: string): void;
  fail(error: AuthError, retry?: () => void): void;
  clear(): void;
}

const SectionStatusContext = createContext<SectionStatus>({
  succeed: () => {},
  fail: () => {},
  clear: () => {},
});

export function AccountSection({
  id,
  title,
  children,
}: {
  /** The anchor the page's section links point at. */
  id: string;
  title: string;
  children: ReactNode;
}) {
  const titleId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = useMemo<SectionStatus>(
    () => ({
      succeed: (message) => setOutcome({ kind: 'success', message }),
      fail: (error, retry) =>
        setOutcome(
          retry === undefined ? { kind: 'error', error } : { kind: 'error', error, retry },
        ),
      clear: () => setOutcome(null),
    }),
    [],
  );
  return (
    <section id={id} className="card account-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <div className="section-status">
        <SuccessStatus message={outcome?.kind === 'success' ? outcome.message : null} />
        <FormError
          error={outcome?.kind === 'error' ? outcome.error : null}
          onRetry={outcome?.kind === 'error' ? outcome.retry : undefined}
        />
      </div>
      <SectionStatusContext value={status}>{children}</SectionStatusContext>
    </section>
  );
}

/** The status line of the section this component sits in. */
export function useSectionStatus(): SectionStatus {
  return useContext(SectionStatusContext);
}

/**
 * Shows a form's summary error (one that belongs to no field) in the section's status line instead
 * of above the form, and clears it there when the form starts again.
 */
export function useFormErrorInSection(
  error: AuthError | null,
  retry: (() => void) | undefined,
): void {
  const { fail, clear } = useSectionStatus();
  useEffect(() => {
    if (error) fail(error, retry);
    // Only the error's own change counts: a new retry function alone is no new failure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, fail]);
  useEffect(() => {
    if (error === null) return;
    return () => clear();
  }, [error, clear]);
}

/** A change handler that also clears the section's status: the person is acting again. */
export function useClearingChange<T>(onChange: (value: T) => void): (value: T) => void {
  const { clear } = useSectionStatus();
  return useCallback(
    (value: T) => {
      clear();
      onChange(value);
    },
    [clear, onChange],
  );
}

/** A part of a section (Password, Two-step verification, Passkeys): a region named by its h3. */
export function AccountBlock({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="account-block" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * An account form: like AuthForm (our validation, the element registered for focus and "Try
 * again"), but its summary error goes to the section's status line, where every section reports.
 */
export function SectionForm({
  form,
  onSubmit,
  children,
}: {
  form: AuthFormApi;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { formRef, error, retry } = form;
  useFormErrorInSection(error, retry);
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      {children}
    </form>
  );
}

/** An editor's buttons: its submit, the section's one primary action while open, and Cancel. */
export function EditorActions({
  busy,
  busyLabel,
  submitLabel,
  onCancel,
}: {
  busy: boolean;
  busyLabel: string;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <p className="actions">
      <SubmitButton busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </SubmitButton>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('account.cancel')}
      </button>
    </p>
  );
}
