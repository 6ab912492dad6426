// Where the local pool keeps its data unless told otherwise (git-ignored).
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.cognito', import.meta.url));
