// Training choices shared by scripts/train-ner.ts and the cross-validation in
// scripts/eval/ner-cv.ts, so the shipped model is the one that was measured.
import type { CorpusName } from './corpora';

/** Extra corpora added to ANERcorp-train, kept only where cross-validation showed a gain. */
export const EXTRA_CORPORA: CorpusName[] = (process.env.NER_EXTRA ?? 'aqmar,newsfane')
  .split(',')
  .filter(Boolean) as CorpusName[];
export const BITS = 20;
export const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
export const DROPOUT = Number(process.env.NER_DROPOUT ?? 0.2);
/** Softmax temperature (in weight units) for span confidences; picked on a held-out fold. */
export const TEMPERATURE = Number(process.env.NER_TEMPERATURE ?? 4);
