import type { Translation } from '../types';
import type { protectedPage as english } from '../en/protectedPage';

export const protectedPage = {} as const satisfies Translation<typeof english>;
