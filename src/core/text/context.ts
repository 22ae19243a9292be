// Everything the recognisers share about one article, computed once.
import type { Language, Span } from '../types';
import { normalizeForMatch } from './normalize';
import { tokenize, type Token } from './tokens';
import { splitParagraphs, splitSentences } from './sentences';
import { detectLanguage } from './language';

export interface ArticleContext {
  text: string;
  /** Same length as `text`: folded for matching (see normalize.ts). */
  norm: string;
  language: Language;
  tokens: Token[];
  paragraphs: Span[];
  sentences: Span[];
}

export function buildContext(text: string, language?: Language): ArticleContext {
  const norm = normalizeForMatch(text);
  const paragraphs = splitParagraphs(text);
  return {
    text,
    norm,
    language: language ?? detectLanguage(text),
    tokens: tokenize(text, norm),
    paragraphs,
    sentences: splitSentences(text, paragraphs),
  };
}
