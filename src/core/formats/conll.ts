// CoNLL-2003 layout (word, POS, chunk, NE; POS and chunk unknown here, `_`)
// with BIO tags for PER/LOC/ORG. Words are cut where a mention starts or ends,
// so a proclitic outside a name (و in وماكرون, ل in لمنظمة) is its own token,
// and elsewhere where the text layer splits one off before the article (و + الرئيس).
import type { AnnotationDocument, Mention } from '../types';
import type { ExportFormat } from './types';
import { byStart, exportable } from './shared';
import { splitProclitics } from '../text/tokens';

const WORD = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const SENTENCE_END = new Set(['.', '؟', '?', '!', '؛']);

interface Tok {
  start: number;
  end: number;
}

function cutAt(out: Tok[], start: number, end: number, cuts: Set<number>): void {
  for (let i = start + 1; i < end; i++) {
    if (cuts.has(i)) {
      out.push({ start, end: i });
      start = i;
    }
  }
  out.push({ start, end });
}

function tokens(text: string, cuts: Set<number>): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const { prefix, stemOffset } = splitProclitics(m[0]);
    if (prefix) cutAt(out, start, start + stemOffset, cuts);
    cutAt(out, start + (prefix ? stemOffset : 0), start + m[0].length, cuts);
  }
  return out;
}

function tagOf(tok: Tok, mentions: Mention[], from: number): { tag: string; next: number } {
  let i = from;
  while (i < mentions.length && mentions[i].end <= tok.start) i++;
  const m = mentions[i];
  if (m && m.start < tok.end && tok.start < m.end) return { tag: `${tok.start <= m.start ? 'B' : 'I'}-${m.type}`, next: i };
  return { tag: 'O', next: i };
}

function serialise(input: AnnotationDocument, text: string): string {
  const doc = exportable(input);
  const mentions = [...doc.mentions].sort(byStart);
  const cuts = new Set(mentions.flatMap(m => [m.start, m.end]));
  const lines = ['-DOCSTART- -X- -X- O', ''];
  let cursor = 0;
  let inSentence = false;
  let lastEnd = 0;
  for (const tok of tokens(text, cuts)) {
    if (inSentence && /[\r\n]/.test(text.slice(lastEnd, tok.start))) {
      lines.push('');
      inSentence = false;
    }
    const { tag, next } = tagOf(tok, mentions, cursor);
    cursor = next;
    const word = text.slice(tok.start, tok.end);
    lines.push(`${word} _ _ ${tag}`);
    inSentence = true;
    lastEnd = tok.end;
    if (SENTENCE_END.has(word)) {
      lines.push('');
      inSentence = false;
    }
  }
  if (inSentence) lines.push('');
  return lines.join('\n') + '\n';
}

export const conll: ExportFormat = {
  id: 'conll',
  label: 'CoNLL-2003 BIO (people, places, organisations)',
  extension: '.conll',
  serialise,
};
