// Everything the recognisers share about one article, computed once.
import type { Language, Span } from '../types';
import { normalizeForMatch } from './normalize';
import { tokenizeWithIds, type Token } from './tokens';
import type { WordIds } from './word-forms';
import { splitParagraphs, splitSentences } from './sentences';
import { detectLanguage } from './language';

export interface ArticleContext {
  text: string;
  /** Same length as `text`: folded for matching (see normalize.ts). */
  norm: string;
  language: Language;
  tokens: Token[];
  /** Word id of each token, for per-word memo tables (absent when tokenizing emptied the word table). */
  wordIds?: WordIds;
  paragraphs: Span[];
  sentences: Span[];
}

export function buildContext(text: string, language?: Language): ArticleContext {
  const norm = normalizeForMatch(text);
  const paragraphs = splitParagraphs(text);
  const { tokens, wordIds } = tokenizeWithIds(text, norm);
  return {
    text,
    norm,
    language: language ?? detectLanguage(text),
    tokens,
    wordIds,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
  };
}
