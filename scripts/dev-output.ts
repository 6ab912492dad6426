/**
 * What `npm run dev` shows: one banner a newcomer can act on (URLs, seeded accounts, what to do when
 * their passwords no longer work, where the logs are), and log files that keep request lines of the
 * pool, the API and Vite from scrolling it away. Only failures reach the terminal after the banner.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export type SeededAccount =
  | { email: string; groups: readonly string[]; state: 'temporary'; password: string }
  | { email: string; groups: readonly string[]; state: 'temporary-unknown' | 'changed' };

export interface BannerInfo {
  appUrl: string;
  apiUrl: string;
  cognitoUrl: string;
  userPoolId: string;
  clientId: string;
  identityPoolId?: string;
  accounts: readonly SeededAccount[];
  /** The log directory as the user should read it (relative to the working directory when inside). */
  logDir: string;
  logFiles: readonly string[];
  /** Set when the AWS SDK's Node-version warning was silenced: the Node version that caused it. */
  silencedNodeWarning?: string;
}

function accountLine(account: SeededAccount): string {
  const email = account.email.padEnd(20);
  const groups = `groups: ${account.groups.join(', ')}`;
  switch (account.state) {
    case 'temporary':
      return `${email} ${account.password}  (temporary; ${groups})`;
    case 'temporary-unknown':
      return `${email} temporary password not on record (${groups}); see below`;
    case 'changed':
      return `${email} password already changed at first sign-in (${groups})`;
  }
}

/** The banner `npm run dev` prints once everything listens. Same shape on every run. */
export function renderBanner(info: BannerInfo): string {
  const lines = [
    '',
    'Ready. Ctrl-C stops everything.',
    `  App        ${info.appUrl}`,
    `  Dev inbox  ${info.cognitoUrl}/_local/inbox  (sign-up, reset and sign-in codes land here)`,
    `  API        ${info.apiUrl}  (GET /health, /hello, /me, /admin)`,
    `  Cognito    ${info.cognitoUrl}  (pool ${info.userPoolId}, client ${info.clientId})`,
    ...(info.identityPoolId
      ? [`  Identity   ${info.identityPoolId}  (IAM routes /iam/whoami, /iam/notes/{identityId})`]
      : []),
    '',
    'Seeded accounts (the first sign-in asks for a new password):',
    ...info.accounts.map((account) => `  ${accountLine(account)}`),
    '',
    'Password refused? The first sign-in replaced the temporary one. Use "Forgot password?" on the',
    'sign-in page (the code arrives in the dev inbox), or stop npm run dev, run npm run local:reset',
    '(deletes the local pool and its users) and start again for fresh temporary passwords.',
    '',
    `Logs of this run: ${info.logDir}/ (${info.logFiles.join(', ')}); only errors show here.`,
  ];
  if (info.silencedNodeWarning) {
    lines.push(
      `Node ${info.silencedNodeWarning} is fine for this project; the AWS SDK's notice that its 2027 releases need Node 22 is silenced.`,
    );
  }
  return [...lines, ''].join('\n');
}

/** A path as a person in `cwd` would type it. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** One service's log: every line to its file, and the lines `isProblem` picks to the terminal too. */
export interface LogSink {
  readonly file: string;
  write(line: string, toTerminal?: boolean): void;
  close(): Promise<void>;
}

export function openLogSink(
  dir: string,
  name: string,
  terminal: (line: string) => void = (line) => console.error(line),
): LogSink {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.log`);
  // One run per file: a log that only grows is one nobody opens.
  const stream: WriteStream = createWriteStream(file, { flags: 'w' });
  return {
    file,
    write(line, toTerminal = false) {
      const plain = stripVTControlCharacters(line);
      stream.write(`${new Date().toISOString()} ${plain}\n`);
      if (toTerminal) terminal(plain.startsWith('[') ? plain : `[${name}] ${plain}`);
    },
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

/** An API request line ("GET /me 500 3ms") that reports a server failure. */
export function isServerFailure(requestLine: string): boolean {
  return / 5\d\d \d+ms$/.test(requestLine);
}
