/** English messages for the system area: pages about the app itself (crash, configuration, access). */
export const system = {
  'system.crash.title': 'Something went wrong',
  'system.crash.body': 'The page hit an unexpected error. Nothing you typed was sent anywhere new.',
  'system.crash.details': 'Technical details',
  'system.crash.reload': 'Reload the page',
  'system.config.title': 'The app is not configured',
  'system.config.oneIssue': 'One setting needs fixing before anyone can sign in.',
  'system.config.issues': '{count} settings need fixing before anyone can sign in.',
  'system.config.otherBuild':
    'This build reads {file}: write the values there and build again. {deploy} writes it for a stack it deploys, and {provision} for a pool alone.',
  'system.config.otherMode':
    'This mode reads {file}: write the values there and restart Vite. {deploy} writes it for a stack it deploys, and {provision} for a pool alone.',
  'system.config.local':
    'Running locally? {command} provisions the local pool and writes {file} for you.',
  'system.forbidden.title': 'You don’t have access',
  'system.forbidden.group':
    'You are signed in, but this page is only for members of the {group} group. If you think you should have access, ask an administrator to add you.',
  'system.forbidden.some':
    'You are signed in, but this page is only for some accounts. If you think you should have access, ask an administrator to add you.',
  'system.forbidden.account': 'Go to your account',
  'system.admin.title': 'Admin',
  'system.admin.intro': 'Only members of the admin group reach this page.',
  'system.admin.reply': 'Message from the admin service',
  'system.notFound.title': 'Page not found',
  'system.notFound.body': 'There is no page at {path}.',
  'system.language.failed':
    'That language could not be loaded. Check your connection and try again.',
} as const;
