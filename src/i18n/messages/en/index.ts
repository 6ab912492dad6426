/**
 * English, the source catalogue. Its keys are the MessageKey type; other languages must have exactly
 * these keys (the compiler and test/unit/i18n check), one file per area so each screen's words sit
 * together. `en` holds the areas the first load (shell, home, sign-in and what they import) speaks,
 * so the first paint never waits; the areas only lazy routes speak are in ./lazy, their own chunk,
 * loaded with those routes (ensureEnglishLazy in ../../translator).
 */
import { common } from './common';
import { layout } from './layout';
import { home } from './home';
import { developer } from './developer';
import { signIn } from './signIn';
import { form } from './form';
import { passwordless } from './passwordless';
import { system } from './system';
import { errors } from './errors';
import type { EnglishLazy } from './lazy';

export const en = {
  ...common,
  ...layout,
  ...home,
  ...developer,
  ...signIn,
  ...form,
  ...passwordless,
  ...system,
  ...errors,
} as const;

export type EnglishCatalogue = typeof en & EnglishLazy;
export type MessageKey = keyof EnglishCatalogue;
