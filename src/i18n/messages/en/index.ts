/**
 * English, the source catalogue: bundled with the app, so the first paint never waits. Its keys
 * are the MessageKey type; other languages must have exactly these keys (the compiler and
 * test/unit/i18n check), one file per area so each screen's words sit together.
 */
import { common } from './common';
import { layout } from './layout';
import { home } from './home';
import { account } from './account';
import { developer } from './developer';
import { protectedPage } from './protectedPage';
import { signIn } from './signIn';
import { signUp } from './signUp';
import { confirm } from './confirm';
import { newPassword } from './newPassword';
import { forgot } from './forgot';
import { form } from './form';
import { mfa } from './mfa';
import { passwordless } from './passwordless';
import { callback } from './callback';
import { system } from './system';
import { errors } from './errors';

export const en = {
  ...common,
  ...layout,
  ...home,
  ...account,
  ...developer,
  ...protectedPage,
  ...signIn,
  ...signUp,
  ...confirm,
  ...newPassword,
  ...forgot,
  ...form,
  ...mfa,
  ...passwordless,
  ...callback,
  ...system,
  ...errors,
} as const;

export type EnglishCatalogue = typeof en;
export type MessageKey = keyof EnglishCatalogue;
