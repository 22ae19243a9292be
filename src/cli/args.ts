// Command-line parsing: plain values in, one clear message out on a mistake.
import * as l10n from '@vscode/l10n';
import { FORMAT_IDS, type FormatId } from '../core/formats';

export interface CliOptions {
  inputs: string[];
  format: FormatId;
  out?: string;
  publicationDate?: string;
  language: 'auto' | 'ar' | 'en';
  jobs?: number;
  /** Already applied by runCli before parsing (see locale.ts); kept so it is a known option. */
  locale?: 'ar' | 'en';
  help: boolean;
  version: boolean;
}

export type ParseResult = { options: CliOptions } | { error: string };

/** The help text, in the CLI's locale (a function: the locale is chosen at run time). */
export const usage = (): string => l10n.t(`Usage: seed-annotate <files|folders...> [options]

Finds people, places, organisations, quotes, dates and events in seed
articles (UTF-8 .txt; folders are searched for .txt files) and exports them.

Options:
  -f, --format F             {0} (default: json)
  -o, --out DIR              write one export per article into DIR
                             (without it, one article goes to stdout; several
                             articles go to stdout only in a corpus format)
  -d, --publication-date D   YYYY-MM-DD, resolves relative dates (أمس)
  -l, --language L           auto, ar or en (default: auto)
  -j, --jobs N               worker threads for a large corpus (default: cores)
      --locale ar|en         language of messages and help (default: from LANG)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 all articles exported, 1 some articles failed, 2 usage error.`, FORMAT_IDS.join(', '));

const VALUED: Record<string, keyof CliOptions> = {
  '-f': 'format', '--format': 'format', '-o': 'out', '--out': 'out',
  '-d': 'publicationDate', '--publication-date': 'publicationDate',
  '-l': 'language', '--language': 'language', '-j': 'jobs', '--jobs': 'jobs', '--locale': 'locale',
};

export function parseArgs(argv: string[]): ParseResult {
  const o: CliOptions = { inputs: [], format: 'json', language: 'auto', help: false, version: false };
  const values: Partial<Record<keyof CliOptions, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      o.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') o.help = true;
    else if (arg === '-v' || arg === '--version') o.version = true;
    else if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const key = VALUED[name];
      if (!key) return { error: l10n.t('unknown option {0} (see --help)', name) };
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: l10n.t('option {0} needs a value', name) };
      values[key] = value;
    } else o.inputs.push(arg);
  }
  if (values.format !== undefined) {
    if (!(FORMAT_IDS as readonly string[]).includes(values.format)) return { error: l10n.t('unknown format "{0}"; formats: {1}', values.format, FORMAT_IDS.join(', ')) };
    o.format = values.format as FormatId;
  }
  if (values.out !== undefined) o.out = values.out;
  if (values.publicationDate !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.publicationDate)) return { error: l10n.t('publication date "{0}" is not YYYY-MM-DD', values.publicationDate) };
    o.publicationDate = values.publicationDate;
  }
  if (values.language !== undefined) {
    if (!['auto', 'ar', 'en'].includes(values.language)) return { error: l10n.t('language "{0}" is not auto, ar or en', values.language) };
    o.language = values.language as CliOptions['language'];
  }
  if (values.jobs !== undefined) {
    const n = Number(values.jobs);
    if (!Number.isInteger(n) || n < 1) return { error: l10n.t('--jobs needs a whole number of at least 1, not "{0}"', values.jobs) };
    o.jobs = n;
  }
  if (values.locale !== undefined) {
    if (!['ar', 'en'].includes(values.locale)) return { error: l10n.t('locale "{0}" is not ar or en', values.locale) };
    o.locale = values.locale as CliOptions['locale'];
  }
  if (!o.help && !o.version && !o.inputs.length) return { error: l10n.t('no input files or folders (see --help)') };
  return { options: o };
}
