/**
 * The English areas only lazily loaded routes speak (account, protected page, MFA, callback and the
 * sign-up, confirm, new-password and forgot-password screens): their own chunk, kept out of
 * /sign-in's first load. A component the first load imports must not use these keys.
 */
import { account } from './account';
import { protectedPage } from './protectedPage';
import { signUp } from './signUp';
import { confirm } from './confirm';
import { newPassword } from './newPassword';
import { forgot } from './forgot';
import { mfa } from './mfa';
import { callback } from './callback';

export const enLazy = {
  ...account,
  ...protectedPage,
  ...signUp,
  ...confirm,
  ...newPassword,
  ...forgot,
  ...mfa,
  ...callback,
} as const;

export type EnglishLazy = typeof enLazy;
