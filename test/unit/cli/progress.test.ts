import { strict as assert } from 'node:assert';
import { progressBar } from '../../../src/cli/progress';
import { parseArgs } from '../../../src/cli/args';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('CLI progress bar', () => {
  it('draws on a terminal and clears its line at the end', () => {
    const { writes, stream } = fakeStream(true);
    const bar = progressBar(3, stream);
    bar.tick(1000);
    bar.tick(1000);
    bar.tick(1000);
    bar.done();
    assert.match(writes.join(''), /\[#{30}\] 3\/3 articles/);
    assert.equal(writes[writes.length - 1], '\r\x1b[K');
  });

  it('stays silent when stderr is a pipe or a file', () => {
    const { writes, stream } = fakeStream(false);
    const bar = progressBar(10, stream);
    bar.tick(1);
    bar.done();
    assert.deepEqual(writes, []);
  });
});

describe('CLI arguments', () => {
  it('reads every option, in both spellings', () => {
    const r = parseArgs(['a.txt', '-f', 'brat', '--out=x', '-d', '2020-10-01', '--language', 'ar', '-j', '3', 'b']);
    assert.ok('options' in r);
    assert.deepEqual(r.options, { inputs: ['a.txt', 'b'], format: 'brat', out: 'x', publicationDate: '2020-10-01', language: 'ar', jobs: 3, help: false, version: false });
  });

  it('refuses a missing value, a bad --jobs and a bad language', () => {
    assert.deepEqual(parseArgs(['a', '--format']), { error: 'option --format needs a value' });
    assert.match((parseArgs(['a', '-j', '0']) as { error: string }).error, /--jobs/);
    assert.match((parseArgs(['a', '-l', 'fr']) as { error: string }).error, /language "fr"/);
  });

  it('takes file names that start with a dash after --', () => {
    const r = parseArgs(['--', '-odd.txt']);
    assert.ok('options' in r && r.options.inputs[0] === '-odd.txt');
  });
});
