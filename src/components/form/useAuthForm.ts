/**
 * The submit cycle every auth form shares: validate, show progress, run the action, and put a
 * failure next to the field it belongs to (or in the summary), then move focus to it. Values live in
 * the screen's state and are never cleared on error, so nothing typed is lost.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { toAuthError } from '../../auth/errors';
import type { AuthError } from '../../auth/types';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface SubmitOptions<F extends string> {
  /** Client-side problems; any entry stops the submit. */
  validate?: () => FieldErrors<F>;
  action: () => Promise<void>;
  /** Which form field a server error belongs to; undefined puts it in the summary. */
  fieldFor?: (error: AuthError) => F | undefined;
  /** Handles an error itself (e.g. navigates); return true to stop the default display. */
  onError?: (error: AuthError) => boolean | Promise<boolean>;
}

export function useAuthForm<F extends string>() {
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

  const run = useCallback(async (options: SubmitOptions<F>): Promise<boolean> => {
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
      const field = options.fieldFor?.(authError);
      if (field !== undefined) {
        setFieldErrors({ [field]: authError.message } as FieldErrors<F>);
        setFocusRequest((n) => n + 1);
      } else {
        setError(authError);
      }
      return false;
    } finally {
      busyRef.current = false;
      if (mounted.current) setBusy(false);
    }
  }, []);

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
