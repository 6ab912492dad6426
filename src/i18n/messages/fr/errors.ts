import type { Translation } from '../types';
import type { errors as english } from '../en/errors';

export const errors = {} as const satisfies Translation<typeof english>;
