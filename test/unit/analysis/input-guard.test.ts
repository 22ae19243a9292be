import { strict as assert } from 'node:assert';
import { checkInput, looksBinaryText } from '../../../src/extension/analysis/input-guard';

describe('input guard', () => {
  it('accepts Arabic text with CRLF, BOM-free bidi marks and tabs', () => {
    const text = 'بوتين\r\n\u200fماكرون\tقال';
    assert.deepEqual(checkInput(text.length, text, 1000), { ok: true });
  });
  it('refuses text over the size limit', () => {
    assert.deepEqual(checkInput(20_000_000, 'x', 5_000_000), { ok: false, reason: 'tooLarge' });
  });
  it('detects NUL characters and control-character noise as binary', () => {
    assert.equal(looksBinaryText('PK\u0003\u0004\u0000\u0000'), true);
    assert.equal(looksBinaryText('\u0001\u0002\u0003abc'), true);
    assert.equal(looksBinaryText(''), false);
    assert.deepEqual(checkInput(3, 'a\u0000b', 100), { ok: false, reason: 'binary' });
  });
});
