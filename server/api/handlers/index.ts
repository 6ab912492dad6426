/** Every route's handler by route name: the one map the local adapter and the Lambda entries share. */
import type { RouteName } from '../routes';
import type { ProxyHandler } from '../types';
import { handler as admin } from './admin';
import { handler as health } from './health';
import { handler as hello } from './hello';
import { handler as me } from './me';
import { getHandler as noteGet, putHandler as notePut } from './notes';
import { handler as whoami } from './whoami';

export const HANDLERS: Record<RouteName, ProxyHandler> = {
  health,
  hello,
  me,
  admin,
  whoami,
  noteGet,
  notePut,
};
