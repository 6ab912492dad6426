/** The screens' one way into the session. */
import { useContext } from 'react';
import { AuthContext } from './AuthContext';
import type { AuthContextValue } from './types';

/**
 * The current auth state and every auth action. Throws when used outside `<AuthProvider>`, so a
 * missing provider fails loudly instead of looking signed out.
 */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (value === null) {
    throw new Error(
      'useAuth() must be used inside <AuthProvider>. Wrap the app (or the test render) in <AuthProvider>, inside <ConfigProvider>.',
    );
  }
  return value;
}
