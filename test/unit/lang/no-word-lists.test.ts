// Linguistic word lists live in media/lang/<ar|en>/*.json, read through src/core/lang/lexicon.ts
// (CONTRIBUTING.md, "Add a word to a lexicon"). This test keeps them there: it fails when a
// mechanism file under src/core holds an Arabic word list as a literal - an array or set of three
// or more Arabic string literals, or one string of three or more Arabic words split at run time.
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

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

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
    } else if (isArabicString(n) || ts.isTemplateExpression(n)) {
      const s = ts.isTemplateExpression(n) ? n.head.text : (n as ts.StringLiteral).text;
      if (s.split(/\s+/).filter(w => ARABIC.test(w)).length >= 3 && !ts.isArrayLiteralExpression(n.parent)) report(n, s);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no word lists in mechanism files', () => {
  it('finds a list in an array, a set and a split string, and not in a letter class or a single word', () => {
    const sample = [
      "const A = new Set(['قال', 'أكد', 'أضاف']);",
      "const B = `في من إلى`.split(' ');",
      "const C = ['ا', 'ب', 'ت'];",
      "const D = /^[وف]/;",
      "const E = 'وزير';",
    ].join('\n');
    assert.deepEqual(wordListLiterals('x.ts', sample).map(([line, name]) => [line, name]), [[1, 'A'], [2, 'B']]);
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
});
