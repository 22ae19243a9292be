// The trained sequence labeller as a recogniser: token-level PER/LOC/ORG
// spans with source 'model'. Proclitic trimming and document consistency are
// the caller's job (names.ts).
import { readDataJson } from '../../data-dir';
import type { ArticleContext } from '../../text/context';
import { nameCandidate, type NameCandidate } from '../candidate';
import { decodeSpans } from './labels';
import { TaggerModel, type ModelFile } from './model';
import { spanSentences, taggerWords } from './tokens';

export const MODEL_FILE = 'ner-model.json';
let model: TaggerModel | undefined;

export function loadTagger(): TaggerModel {
  return (model ??= new TaggerModel(readDataJson<ModelFile>(MODEL_FILE)));
}

export function tagNames(ctx: ArticleContext): NameCandidate[] {
  if (ctx.language === 'en') return [];
  return tagText(ctx, loadTagger());
}

/** Names `tagger` finds in the article. */
export function tagText(ctx: ArticleContext, tagger: TaggerModel): NameCandidate[] {
  const words = taggerWords(ctx);
  const { count, starts, ends } = words;
  const labels = new Uint8Array(count), confidence = new Float64Array(count);
  for (const [from, to] of spanSentences(ctx.text, words)) tagger.tagSentence(words.words, words.ids, from, to, labels, confidence);
  // No name crosses a sentence end (a sentence never starts inside one): the article's labels are read at once.
  const out: NameCandidate[] = [];
  for (const span of decodeSpans(labels)) {
    let conf = 1;
    for (let i = span.from; i < span.to; i++) conf = Math.min(conf, confidence[i]);
    out.push(nameCandidate({
      start: starts[span.from],
      end: ends[span.to - 1],
      type: span.type,
      confidence: Math.round(conf * 1000) / 1000,
      source: 'model',
    }));
  }
  return out;
}
