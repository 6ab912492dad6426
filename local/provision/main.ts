/**
 * `npm run provision`: parses the command line, runs provisioning, prints the report table and,
 * once, the temporary passwords of users it created.
 */
import { parseProvisionArgs, USAGE } from './args';
import { formatReport, provision } from './provision';

async function main(): Promise<void> {
  const parsed = parseProvisionArgs(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(`provision: ${parsed.error}\n\n${USAGE}`);
    process.exit(2);
  }
  const { args } = parsed;
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const where =
    args.target === 'local'
      ? `local pool at ${args.endpoint ?? 'http://localhost:9229'}`
      : `AWS ${args.region}${args.profile ? ` (profile ${args.profile})` : ''}`;
  console.log(`${args.plan ? 'Planning' : 'Provisioning'} ${where}…`);
  const result = await provision({ ...args, log: (line) => console.log(line) });
  console.log(`\n${formatReport(result.report)}\n`);
  console.log(`user pool      ${result.userPoolId}`);
  console.log(`spa client     ${result.spaClientId}`);
  console.log(
    `server client  ${result.serverClientId} (its secret stays in Cognito: DescribeUserPoolClient)`,
  );
  const created = Object.entries(result.tempPasswords);
  if (created.length > 0) {
    console.log('\nTemporary passwords (the first sign-in asks for a new one):');
    for (const [email, password] of created) console.log(`  ${email.padEnd(20)} ${password}`);
    console.log(
      args.target === 'local' && args.envFile !== false
        ? '  (also kept in the git-ignored .cognito/seed-users.json, so npm run dev can show them again)'
        : '  (shown once: note them now)',
    );
  }
  if (args.plan) console.log('\nPlan only: nothing was changed.');
}

main().catch((error: unknown) => {
  console.error(`provision: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
