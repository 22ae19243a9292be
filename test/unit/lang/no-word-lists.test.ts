// Linguistic word lists live in media/lang/<ar|en>/*.json, read through src/core/lang/lexicon.ts
// (CONTRIBUTING.md, "Add a word to a lexicon"). This test keeps them there: it fails when a
// mechanism file under src/core holds an Arabic word list as a literal - an array or set of three
// or more Arabic string literals, one string of three or more Arabic words split at run time, or a
// regex alternation of three or more Arabic words - or an English one: an array, set or word-keyed table of three or more English words, or a regex
// alternation of three or more whole words (in a regex literal or a string a regex is built from).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CORE = join(ROOT, 'src', 'core');
const ARABIC = /[\u0621-\u064A]/;

/** Tables of clitics, not words (letters are never counted), and a test input. */
const ALLOWED: Record<string, string> = {
  'recognize/tagger/word.ts': 'proclitic segmentation tables of the tagger (وبال، فلل): clitics, not words',
  'recognize/tagger/model.ts:PROBE': 'the fixed token sequence the feature fingerprint hashes; a test input, not knowledge',
};

/** English lists that stay, each with its reason (none: endings and schema names never count). */
const ALLOWED_EN: Record<string, string> = {};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** An Arabic word or phrase of words of two letters or more, as a regex alternative. */
const ARABIC_WORD = /^[\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,})*$/;

const isArabicString = (n: ts.Node): boolean => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && ARABIC.test(n.text);
/** A word, not a letter or a clitic (ب، ل، س): two letters or more. */
const isArabicWord = (n: ts.Node): boolean => isArabicString(n) && (n as ts.StringLiteral).text.trim().length >= 2;

/** Name of the declaration around node n ('' at top level without one). */
function declarationName(n: ts.Node): string {
  for (let p: ts.Node | undefined = n; p; p = p.parent) {
    if ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name && ts.isIdentifier(p.name)) return p.name.text;
  }
  return '';
}

/** Word lists written as literals in one source file: [line, declaration, sample]. */
export function wordListLiterals(file: string, text: string): Array<[number, string, string]> {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<[number, string, string]> = [];
  const report = (n: ts.Node, sample: string) => found.push([sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, declarationName(n), sample.slice(0, 60)]);
  const visit = (n: ts.Node): void => {
    if (ts.isArrayLiteralExpression(n)) {
      const words = n.elements.filter(isArabicWord) as Array<ts.StringLiteral>;
      if (words.length >= 3) report(n, words.map(w => w.text).join(' '));
    } else if (ts.isRegularExpressionLiteral(n)) {
      for (const words of regexWordAlternations(n.text.slice(1, n.text.lastIndexOf('/')), ARABIC_WORD)) report(n, words.join('|'));
    } else if (isArabicString(n) || ts.isTemplateExpression(n)) {
      const s = ts.isTemplateExpression(n) ? n.head.text : (n as ts.StringLiteral).text;
      if (s.includes('|') && s.includes('(')) for (const words of regexWordAlternations(s, ARABIC_WORD)) report(n, words.join('|'));
      if (s.split(/\s+/).filter(w => ARABIC.test(w)).length >= 3 && !ts.isArrayLiteralExpression(n.parent)) report(n, s);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** An English word as a list holds it: letters, with inner spaces, hyphens or apostrophes (not PER, not snake_case or camelCase). */
const ENGLISH_WORD = /^[A-Za-z][a-z]+(?:[ '-][A-Za-z]?[a-z]+)*$/;
const isEnglishWord = (n: ts.Node): boolean => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && ENGLISH_WORD.test(n.text);

/**
 * Alternations of three or more whole words in a regex source: `(?:in|at|near)`, not endings
 * after a stem, a letter class or a group (`plan(?:s|ned|ning)`, `[a-z]+(?:ers|ors|ists)`; the
 * Arabic verb endings `^[يت].{3,}(?:ان|ون|وا)$` of rules.ts and trim.ts and the pronoun endings
 * after a preposition in arguments.ts), which are morphology and stay in code. `[Tt]he` counts as "the"; a phrase's `\s+` as a space.
 */
export function regexWordAlternations(source: string, word: RegExp = ENGLISH_WORD): string[][] {
  interface Group { alternatives: string[]; current: string; startsWord: boolean }
  const out: string[][] = [];
  const stack: Group[] = [{ alternatives: [], current: '', startsWord: true }];
  // A group starts a word after nothing, a boundary, a space, an anchor, a group opening or a bar.
  const startsWord = (before: string): boolean => before === '' || /(?:\\[bsB][+*?]?|\^|\(\?:|\(\?<?[=!]|\(|\||\s)$/.test(before);
  const close = (g: Group): void => {
    g.alternatives.push(g.current);
    if (!g.startsWord) return;
    const words = g.alternatives
      .map(a => a.replace(/\[([A-Z])([a-z])\]/g, '$2').replace(/\\b|\^|\$/g, '').replace(/\\s[+*?]?/g, ' ').replace(/\0[?*+]?/g, '').trim())
      .filter(a => word.test(a));
    if (words.length >= 3) out.push(words);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      top.current += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = source.indexOf(']', i + 2);
      const to = end < 0 ? source.length - 1 : end;
      top.current += source.slice(i, to + 1);
      i = to;
    } else if (c === '(') {
      let j = i + 1;
      if (source[j] === '?') j = source[j + 1] === '<' && source[j + 2] !== '=' && source[j + 2] !== '!' ? source.indexOf('>', j) + 1 : j + (source[j + 1] === '<' ? 3 : 2);
      stack.push({ alternatives: [], current: '', startsWord: top.current === '' ? top.startsWord : startsWord(top.current) });
      i = j - 1;
    } else if (c === ')' && stack.length > 1) {
      close(stack.pop()!);
      stack[stack.length - 1].current += '\0';
    } else if (c === '|') {
      top.alternatives.push(top.current);
      top.current = '';
    } else {
      top.current += c;
    }
  }
  close(stack[0]);
  return out;
}

/** A literal whose declared type names its values (Record<Kind, …>, Modality[], `as const`): identifiers of a schema, not words. */
function typed(n: ts.Node): boolean {
  let p: ts.Node = n.parent;
  if (ts.isAsExpression(p)) return true;
  if (ts.isNewExpression(p) && p.typeArguments?.length) return p.typeArguments[0].getText() !== 'string';
  if (ts.isNewExpression(p) || ts.isCallExpression(p)) p = p.parent;
  const type = ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) ? p.type : undefined;
  return !!type && !/^(?:(?:readonly )?string\[\]|Set<string>|Record<string, [^>]+>)$/.test(type.getText());
}

/** English word lists written as literals in one source file: [line, declaration, sample]. */
export function englishWordLists(file: string, text: string): Array<[number, string, string]> {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<[number, string, string]> = [];
  const report = (n: ts.Node, sample: string) => found.push([sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, declarationName(n), sample.slice(0, 60)]);
  const visit = (n: ts.Node): void => {
    if (ts.isArrayLiteralExpression(n)) {
      const words = n.elements.filter(isEnglishWord) as ts.StringLiteral[];
      if (words.length >= 3 && words.length === n.elements.length && !typed(n)) report(n, words.map(w => w.text).join(' '));
    } else if (ts.isObjectLiteralExpression(n)) {
      // A table keyed by words ({ monday: 1, … }).
      const keys = n.properties.filter(p => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && /^[a-z]/.test(p.name.text) && ENGLISH_WORD.test(p.name.text) &&
        (ts.isNumericLiteral(p.initializer) || ts.isStringLiteral(p.initializer) || ts.isPrefixUnaryExpression(p.initializer)));
      if (keys.length >= 3 && keys.length === n.properties.length && !typed(n)) report(n, keys.map(k => (k.name as ts.Identifier).text).join(' '));
    } else if (ts.isRegularExpressionLiteral(n)) {
      for (const words of regexWordAlternations(n.text.slice(1, n.text.lastIndexOf('/')))) report(n, words.join('|'));
    } else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      const s = (n as ts.LiteralLikeNode).text;
      // A string a regex is built from groups its alternation.
      if (s.includes('|') && s.includes('(')) for (const words of regexWordAlternations(s)) report(n, words.join('|'));
      if (ts.isPropertyAccessExpression(n.parent) && n.parent.name.text === 'split' && s.split(/\s+/).filter(w => ENGLISH_WORD.test(w)).length >= 3) report(n, s);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no word lists in mechanism files', () => {
  it('finds a list in an array, a set, a split string and a regex alternation, and not in a letter class, word endings or a single word', () => {
    const sample = [
      "const A = new Set(['قال', 'أكد', 'أضاف']);",
      "const B = `في من إلى`.split(' ');",
      "const C = ['ا', 'ب', 'ت'];",
      "const D = /^[وف]/;",
      "const E = 'وزير';",
      "const F = /^(?:قال|أكد|أضاف)\\s/;",
      "const G = /^[يت].{3,}(?:ان|ون|وا)$/;",
      "const H = new RegExp(`^(?:${x})(?:ه|ها|هم|هما)$`);",
    ].join('\n');
    assert.deepEqual(wordListLiterals('x.ts', sample).map(([line, name]) => [line, name]), [[1, 'A'], [2, 'B'], [6, 'F']]);
  });

  it('src/core outside lang/ holds no Arabic word list literal', () => {
    const offenders: string[] = [];
    for (const path of sources(CORE)) {
      const file = relative(CORE, path).split('\\').join('/');
      if (file.startsWith('lang/') || ALLOWED[file]) continue;
      for (const [line, name, sample] of wordListLiterals(file, readFileSync(path, 'utf8'))) {
        if (!ALLOWED[`${file}:${name}`]) offenders.push(`${file}:${line} ${name}: ${sample}`);
      }
    }
    assert.deepEqual(offenders, [], 'move these lists to media/lang/ar/<class>.json and read them through src/core/lang/lexicon.ts');
  });

  it('finds an English list in an array, a set, a word-keyed table, a regex and a regex string, and not in endings or a schema', () => {
    const sample = [
      "const A = new Set(['said', 'told', 'added']);",
      "const B = /\\b(?:in|at|near)\\s+$/i;",
      "const C = new RegExp(`^(?:${x}|(?:[Tt]he|[Tt]his|[Tt]hose)\\s+)`);",
      "const D = { monday: 1, tuesday: 2, friday: 5 };",
      "const E = /\\b(?:plan(?:s|ned|ning)?|aim(?:s|ed|ing)?)\\s+to$/;",
      "const F = /\\p{Ll}+(?:ers|ors|ists|ians)\\s+$/u;",
      "const G: Kind[] = ['mention', 'date', 'quote'];",
      "const H = ['document', 'id', 'name_en', 'trigger_start'];",
      "const I = 'Value:negated|intended|possible';",
      "const J = ['PER', 'LOC', 'ORG'];",
    ].join('\n');
    assert.deepEqual(englishWordLists('x.ts', sample).map(([line, name]) => [line, name]), [[1, 'A'], [2, 'B'], [3, 'C'], [4, 'D']]);
  });

  it('src/core outside lang/ holds no English word list literal', () => {
    const offenders: string[] = [];
    for (const path of sources(CORE)) {
      const file = relative(CORE, path).split('\\').join('/');
      if (file.startsWith('lang/') || ALLOWED_EN[file]) continue;
      for (const [line, name, sample] of englishWordLists(file, readFileSync(path, 'utf8'))) {
        if (!ALLOWED_EN[`${file}:${name}`]) offenders.push(`${file}:${line} ${name}: ${sample}`);
      }
    }
    assert.deepEqual(offenders, [], 'move these lists to media/lang/en/<class>.json and read them through src/core/lang/lexicon.ts');
  });
});
