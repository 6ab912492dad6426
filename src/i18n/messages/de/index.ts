/** Loaded only when chosen (a separate chunk), so English visitors never download it. */
import type { Translation } from '../types';
import type { EnglishCatalogue } from '../en';
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

const catalogue = {
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
} satisfies Translation<EnglishCatalogue>;

export default catalogue;
