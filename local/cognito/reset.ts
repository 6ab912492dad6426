// `npm run local:reset`: wipes the local user pool's data directory (pools, users, inbox, salts, revocations).
import { rmSync } from 'node:fs';
import { DEFAULT_DATA_DIR } from './paths.ts';

const dir = process.env.COGNITO_DATA_DIR ?? DEFAULT_DATA_DIR;
rmSync(dir, { recursive: true, force: true });
console.log(`Removed ${dir}`);
