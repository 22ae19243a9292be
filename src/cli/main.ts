// Entry of the `seed-annotate` command (bundled to dist/cli.js).
import * as l10n from '@vscode/l10n';
import { runCli } from './run';

process.stdout.on('error', e => {
  // A closed pipe (seed-annotate … | head) is the reader's choice, not a failure.
  if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
  throw e;
});

runCli(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  e => {
    process.stderr.write(`seed-annotate: ${l10n.t('internal error: {0}', e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 1;
  },
);
