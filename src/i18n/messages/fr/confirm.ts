import type { Translation } from '../types';
import type { confirm as english } from '../en/confirm';

export const confirm = {} as const satisfies Translation<typeof english>;
