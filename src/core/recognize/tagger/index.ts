// The trained sequence labeller as a recogniser: token-level PER/LOC/ORG
// spans with source 'model'. Proclitic trimming and document consistency are
// the caller's job (names.ts).
import { readDataJson } from '../../data-dir';
import type { ArticleContext } from '../../text/context';
import type { Token } from '../../text/tokens';
import { wordFormsGeneration, type WordIds } from '../../text/word-forms';
import type { NameCandidate } from '../candidate';
import { decodeSpans } from './labels';
import { TaggerModel, type ModelFile } from './model';
import { spanSentences, taggerSpans, type TaggerSpans } from './tokens';

export const MODEL_FILE = 'ner-model.json';
let model: TaggerModel | undefined;

export function loadTagger(): TaggerModel {
  return (model ??= new TaggerModel(readDataJson<ModelFile>(MODEL_FILE)));
}

export function tagNames(ctx: ArticleContext): NameCandidate[] {
  if (ctx.language === 'en') return [];
  return tagText(ctx.text, loadTagger(), ctx);
}

/**
 * Names the tagger finds in `text`. Pass the article's tokens with their word ids when at hand:
 * the tagger's tokens that are also article tokens (most of them) then find their scores by id.
 */
export function tagText(text: string, tagger: TaggerModel, article?: { tokens: readonly Token[]; wordIds?: WordIds }): NameCandidate[] {
  const spans = taggerSpans(text);
  const { starts, ends } = spans;
  const ids = article && article.wordIds?.generation === wordFormsGeneration() ? articleWordIds(spans, article.tokens, article.wordIds.ids) : undefined;
  const out: NameCandidate[] = [];
  for (const [from, to] of spanSentences(text, spans)) {
    const { labels, confidence } = tagger.tagSpans(text, starts, ends, from, to, ids);
    for (const span of decodeSpans(labels)) {
      let conf = 1;
      for (let i = span.from; i < span.to; i++) conf = Math.min(conf, confidence[i]);
      out.push({
        start: starts[from + span.from],
        end: ends[from + span.to - 1],
        type: span.type,
        confidence: Math.round(conf * 1000) / 1000,
        source: 'model',
      });
    }
  }
  return out;
}

/** Per tagger token, the word id of the article token with the same offsets, or -1 (punctuation, hyphenated words). */
function articleWordIds(spans: TaggerSpans, tokens: readonly Token[], wordIds: Int32Array): Int32Array {
  const { count, starts, ends } = spans;
  const out = new Int32Array(count).fill(-1);
  for (let i = 0, j = 0; i < count; i++) {
    while (j < tokens.length && tokens[j].start < starts[i]) j++;
    if (j < tokens.length && tokens[j].start === starts[i] && tokens[j].end === ends[i]) out[i] = wordIds[j];
  }
  return out;
}
