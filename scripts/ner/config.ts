// Training choices shared by scripts/train-ner.ts and the cross-validation in
// scripts/eval/ner-cv.ts, so the shipped model is the one that was measured.
import type { CorpusName } from './corpora';

/** Extra corpora added to ANERcorp-train, kept only where cross-validation showed a gain. */
export const EXTRA_CORPORA: CorpusName[] = (process.env.NER_EXTRA ?? 'newsfane')
  .split(',')
  .filter(Boolean) as CorpusName[];
export const BITS = Number(process.env.NER_BITS ?? 21);
export const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
export const DROPOUT = Number(process.env.NER_DROPOUT ?? 0.2);
/** Scale (weight units) of the logistic from path margin to confidence; 24 minimised span log-loss on fold 1. */
export const TEMPERATURE = Number(process.env.NER_TEMPERATURE ?? 24);
