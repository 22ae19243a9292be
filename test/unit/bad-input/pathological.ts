// Hostile texts shared by the bad-input tests and `npm run bench`, which times them.
export const SENTENCE = 'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن بلاده مستعدة للحوار.';

/** The sentence repeated on one line (no full stop) to exactly `n` characters. */
export function singleLine(n: number): string {
  return SENTENCE.replace('.', ' ').repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);
}

/** Texts that once took quadratic time somewhere in the pipeline: [name, about n characters of it, n]. */
export const PATHOLOGICAL: Array<[string, (n: number) => string, number]> = [
  ['a line of unclosed «', n => '«كلمة '.repeat(n / 6), 50_000],
  ['capitalised English words with no full stop', n => 'Abc Def Ghi '.repeat(n / 12), 50_000],
  ['English sentences on one line', n => 'President Vladimir Putin met Emmanuel Macron in Paris. '.repeat(n / 55), 20_000],
  ['a line of open and close marks', n => '«"“'.repeat(n / 3), 50_000],
  ['names on one line without punctuation', n => 'فلاديمير بوتين '.repeat(n / 15), 50_000],
  ['one short line per name', n => 'بوتين\n'.repeat(n / 6), 25_000],
  ['lone-CR lines without quote marks', n => 'بوتين\r'.repeat(n / 6), 100_000],
];
