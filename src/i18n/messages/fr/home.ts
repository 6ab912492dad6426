import type { Translation } from '../types';
import type { home as english } from '../en/home';

export const home = {} as const satisfies Translation<typeof english>;
