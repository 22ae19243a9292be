// `npm run train:ner`: trains the PER/LOC/ORG tagger on ANERcorp-train plus the
// extra corpora chosen by cross-validation and writes media/data/ner-model.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from './ner/corpora';
import { ANERCORP_WEIGHT, BITS, DROPOUT, EPOCHS, EXTRA_CORPORA, MARGIN, TEMPERATURE } from './ner/config';
import { featureFingerprint } from '../src/core/recognize/tagger/model';
import { toModelFile, train } from './ner/perceptron';
import { prepareFeatures, repeat, toExamples } from './ner/prepare';

const OUT = path.resolve(__dirname, '../../media/data/ner-model.json');

function main(): void {
  const t0 = Date.now();
  const corpora = ['anercorp' as const, ...EXTRA_CORPORA];
  const sentences = [...repeat(readCorpus('anercorp'), ANERCORP_WEIGHT), ...EXTRA_CORPORA.flatMap(c => readCorpus(c))];
  const prep = prepareFeatures(BITS);
  const examples = toExamples(sentences, prep.extractor);
  const tokens = examples.reduce((a, e) => a + e.labels.length, 0);
  console.log(`training on ${corpora.join(' + ')}: ${examples.length} sentences, ${tokens} tokens, ${EPOCHS} epochs`);
  const trained = train(examples, { bits: BITS, epochs: EPOCHS, dropout: DROPOUT, margin: MARGIN });
  const model = toModelFile(trained, { bits: BITS, lexicon: prep.lists, phrases: prep.phrases, nisba: prep.nisba, fingerprint: featureFingerprint(prep.extractor), trainedOn: corpora, temperature: TEMPERATURE });
  const json = JSON.stringify(model);
  writeFileSync(OUT, json);
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${(json.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
