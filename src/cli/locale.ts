// The CLI's language: `--locale ar`, else the POSIX locale variables. Messages go
// through @vscode/l10n (the extension host has vscode.l10n; a plain Node process
// does not) with the same l10n/ bundles the extension ships.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as l10n from '@vscode/l10n';

export type CliLocale = 'ar' | 'en';

const isArabic = (tag: string | undefined) => !!tag && /^ar(?:[_.@-]|$)/i.test(tag);

/** The locale asked for on the command line (before any `--`), else by LC_ALL, LC_MESSAGES or LANG. */
export function cliLocale(argv: string[], env: NodeJS.ProcessEnv = process.env): CliLocale {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  for (let i = args.length - 1; i >= 0; i--) {
    if (args[i] === '--locale') return isArabic(args[i + 1]) ? 'ar' : 'en';
    if (args[i].startsWith('--locale=')) return isArabic(args[i].slice('--locale='.length)) ? 'ar' : 'en';
  }
  // POSIX precedence: the first of these that is set decides.
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(v => v);
  return isArabic(posix) ? 'ar' : 'en';
}

/** l10n/ of the installed package, found above dist/ or out/ like media/data (src/core/data-dir.ts). */
function bundleFile(locale: CliLocale): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'l10n', `bundle.l10n.${locale}.json`);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Makes l10n.t() answer in this locale; English (the messages themselves) when no bundle is found. */
export function useCliLocale(locale: CliLocale): void {
  const file = locale === 'en' ? undefined : bundleFile(locale);
  l10n.config({ contents: file ? (JSON.parse(readFileSync(file, 'utf8')) as l10n.l10nJsonFormat) : {} });
}
