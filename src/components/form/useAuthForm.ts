/**
 * The submit cycle every auth form shares: validate, show progress, run the action, and put a
 * failure next to the field it belongs to (or in the summary), then move focus to it. Values live in
 * the screen's state and are never cleared on error, so nothing typed is lost.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { toAuthError } from '../../auth/errors';
import type { AuthError } from '../../auth/types';
import { translateMessage } from '../../i18n/message';
import { useI18n } from '../../i18n/useI18n';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface SubmitOptions<F extends string> {
  /** Client-side problems; any entry stops the submit. */
  validate?: () => FieldErrors<F>;
  action: () => Promise<void>;
  /**
   * Which form field a server error belongs to; undefined puts it in the summary. Without it, the
   * error goes to `field`: the field it names when this form validates one by that name (see
   * matchField), so only a form with an exception to that rule needs its own.
   */
  fieldFor?: (error: AuthError, field: F | undefined) => F | undefined;
  /** Handles an error itself (e.g. navigates); return true to stop the default display. */
  onError?: (error: AuthError) => boolean | Promise<boolean>;
}

/**
 * The field of this form an error belongs to. A form's fields are the keys its validate() returns
 * (every key, met or not), so the mapping follows the form without a list kept in step by hand.
 */
function matchField<F extends string>(error: AuthError, fields: readonly string[]): F | undefined {
  // Cognito's password-policy failure says "password" where the form asks for a new one.
  const named =
    error.field === 'password' && !fields.includes('password') ? 'newPassword' : error.field;
  return named !== undefined && fields.includes(named) ? (named as F) : undefined;
}

export function useAuthForm<F extends string>() {
  const i18n = useI18n();
  const formElement = useRef<HTMLFormElement | null>(null);
  // A callback ref, so screens can pass the whole form object around without reading a ref in render.
  const formRef = useCallback((element: HTMLFormElement | null) => {
    formElement.current = element;
  }, []);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [error, setError] = useState<AuthError | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (focusRequest === 0) return;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const run = useCallback(
    async (options: SubmitOptions<F>): Promise<boolean> => {
      // A second Enter press while the first request runs must not send it twice.
      if (busyRef.current) return false;
      const problems = options.validate?.() ?? {};
      const invalid = Object.values(problems).some(Boolean);
      setError(null);
      setFieldErrors(problems);
      if (invalid) {
        setFocusRequest((n) => n + 1);
        return false;
      }
      busyRef.current = true;
      setBusy(true);
      try {
        await options.action();
        return true;
      } catch (caught) {
        const authError = toAuthError(caught);
        if (await options.onError?.(authError)) return false;
        if (!mounted.current) return false;
        const matched = matchField<F>(authError, Object.keys(problems));
        const field = options.fieldFor ? options.fieldFor(authError, matched) : matched;
        if (field !== undefined) {
          setFieldErrors({ [field]: translateMessage(i18n, authError.text) } as FieldErrors<F>);
          setFocusRequest((n) => n + 1);
        } else {
          setError(authError);
        }
        return false;
      } finally {
        busyRef.current = false;
        if (mounted.current) setBusy(false);
      }
    },
    [i18n],
  );

  /** Wraps a handler as a form's onSubmit. */
  const onSubmit = useCallback(
    (options: SubmitOptions<F>) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void run(options);
    },
    [run],
  );

  const retry = useCallback(() => formElement.current?.requestSubmit(), []);

  const clearError = useCallback((field: F) => {
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  return { formRef, fieldErrors, error, setError, busy, run, onSubmit, retry, clearError };
}

/** What <AuthForm> needs from the hook. */
export type AuthFormApi = Pick<ReturnType<typeof useAuthForm>, 'formRef' | 'error' | 'retry'>;
