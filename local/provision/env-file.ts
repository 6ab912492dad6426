/**
 * Reads and writes the dotenv files the app (Vite) and the local API share. Writing merges into an
 * existing file so values a developer added by hand (e.g. VITE_TOKEN_STORAGE) survive provisioning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    values[match[1]!] = value;
  }
  return values;
}

export function readEnvFileSync(path: string): Record<string, string> {
  return existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
}

function quoteIfNeeded(value: string): string {
  return /^[\w@%+=:,./-]*$/.test(value) ? value : JSON.stringify(value);
}

/**
 * Rewrites `path` so each key in `values` has that value: existing lines are updated in place,
 * new keys appended under a marker comment, other lines (comments, hand-added keys) kept.
 * Returns whether the file's content changed (or, with dryRun, would change; nothing is written).
 */
export async function mergeEnvFile(
  path: string,
  values: Record<string, string>,
  header: string,
  options: { dryRun?: boolean } = {},
): Promise<boolean> {
  const before = existsSync(path) ? await readFile(path, 'utf8') : '';
  const pending = new Map(Object.entries(values));
  const lines = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out = lines.map((line) => {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    const key = match?.[1];
    if (key === undefined || !pending.has(key)) return line;
    const value = pending.get(key)!;
    pending.delete(key);
    return `${key}=${quoteIfNeeded(value)}`;
  });
  if (pending.size > 0) {
    if (out.length === 0) out.push(...header.split('\n').map((l) => `# ${l}`));
    for (const [key, value] of pending) out.push(`${key}=${quoteIfNeeded(value)}`);
  }
  const after = `${out.join('\n')}\n`;
  if (after === before) return false;
  if (options.dryRun) return true;
  await mkdir(dirname(path), { recursive: true });
  // Write-then-rename: Vite watches env files and must never read a half-written one.
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, after, 'utf8');
  await rename(temp, path);
  return true;
}
