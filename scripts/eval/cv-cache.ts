// The ner-cv section's full-pipeline figure with the five fold taggers trained once and kept
// on disk, so a change to the rules, trimming or knowledge base is scored in minutes instead of
// retraining every fold: `node out/scripts/eval/cv-cache.js train` trains, writes and scores;
// `… score` reuses them. Fold taggers go stale when features or the tagger's lexicons change
// (then train again, or run ner-cv). The knowledge base is rebuilt per fold from the current
// sources (CV_CACHED_KB=1 keeps the one trained with). Errors (FN/FP spans with context) go to
// errors$CV_TAG.txt beside the models, for diagnosis; CV_DIR sets where (default: the temp dir).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { featureFingerprint, TaggerModel } from '../../src/core/recognize/tagger/model';
import { readCorpus } from '../ner/corpora';
import { COMMON_WORD_CORPORA, commonWordKeys } from '../ner/common-words';
import { ANERCORP_WEIGHT, BITS, DROPOUT, EPOCHS, EXTRA_CORPORA, MARGIN, TEMPERATURE } from '../ner/config';
import { lexiconCorpora } from '../ner/lexicons';
import { SpanScore } from '../ner/metrics';
import { toModelFile, train } from '../ner/perceptron';
import { foldSources, pipelineLabels } from '../ner/pipeline-score';
import { overlapping, prepareFeatures, repeat, toExamples, withoutOverlap } from '../ner/prepare';
import { buildKb, ordinaryWordFiles, ordinaryWords } from '../kb/build';
import { readTagCounts } from '../kb/sources';
import { KnowledgeBase } from '../../src/core/knowledge/kb';
import { matchKey } from '../../src/core/text/normalize';
import { decodeSpans } from '../../src/core/recognize/tagger/labels';

const DIR = process.env.CV_DIR ?? path.join(os.tmpdir(), 'seed-ner-cv');
fs.mkdirSync(DIR, { recursive: true });
const FOLDS = 5;
const mode = process.argv[2];
const aner = readCorpus('anercorp');
const pipeline = new SpanScore(), devWay = new SpanScore();
const errs: string[] = [];
// Every held-out sentence with its gold and predicted labels (CV_DUMP=1), for grouping errors by class.
const dump: { words: string[]; gold: number[]; pred: number[] }[] = [];
for (let f = 0; f < FOLDS; f++) {
  const lo = Math.floor((f * aner.length) / FOLDS), hi = Math.floor(((f + 1) * aner.length) / FOLDS);
  const test = aner.slice(lo, hi);
  const file = `${DIR}/fold${f}.json`;
  if (mode === 'train') {
    const trainAner = [...aner.slice(0, lo), ...aner.slice(hi)];
    const extras = EXTRA_CORPORA.flatMap(c => readCorpus(c));
    const extra = withoutOverlap(extras, test);
    const newsfane = readCorpus('newsfane');
    const kbFiles = ordinaryWordFiles();
    const commonOthers = COMMON_WORD_CORPORA.filter(c => c !== 'anercorp').flatMap(c => readCorpus(c));
    const skipNews = overlapping(newsfane, test);
    const kbFile = buildKb(ordinaryWords(readTagCounts([...kbFiles.others, kbFiles.newsfane], matchKey, (file, n) => file === kbFiles.newsfane && skipNews.has(n))));
    const prep = prepareFeatures(BITS, withoutOverlap(lexiconCorpora(), test), kbFile);
    const common = [...new Set(commonWordKeys([...trainAner, ...withoutOverlap(commonOthers, test)]))];
    const examples = toExamples([...repeat(trainAner, ANERCORP_WEIGHT), ...extra], prep.extractor);
    const trained = train(examples, { bits: BITS, epochs: EPOCHS, dropout: DROPOUT, margin: MARGIN, seed: f + 1 });
    const model = toModelFile(trained, { bits: BITS, lexicon: prep.lists, phrases: prep.phrases, nisba: prep.nisba, fingerprint: featureFingerprint(prep.extractor), trainedOn: [], temperature: TEMPERATURE });
    fs.writeFileSync(file, JSON.stringify({ model, kbFile, common }));
    console.log(`fold ${f} trained`);
  }
  const { model, kbFile, common } = JSON.parse(fs.readFileSync(file, 'utf8'));
  // A KB rebuilt from the current curated sources (rule/KB changes without retraining), unless asked for the cached one.
  const kb = process.env.CV_CACHED_KB ? kbFile : buildKbNow(test);
  const optional: Uint8Array[] = [];
  const full = pipelineLabels(test, foldSources(new TaggerModel(model), new Set(common), new KnowledgeBase(kb)), optional);
  test.forEach((s, i) => {
    pipeline.add(s.labels, full[i]);
    devWay.add(s.labels, full[i], optional[i]);
    if (process.env.CV_DUMP) dump.push({ words: s.words, gold: s.labels, pred: full[i] });
    const k = (x: { from: number; to: number; type: string }): string => `${x.from}:${x.to}:${x.type}`;
    const g = decodeSpans(s.labels), p = decodeSpans(full[i]);
    const gs = new Set(g.map(k)), ps = new Set(p.map(k));
    const show = (x: { from: number; to: number; type: string }): string => `${x.type} [${s.words.slice(x.from, x.to).join(' ')}] ctx: ${s.words.slice(Math.max(0, x.from - 3), x.from).join(' ')} | ${s.words.slice(x.to, x.to + 3).join(' ')}`;
    for (const x of g) if (!ps.has(k(x))) errs.push(`FN ${show(x)}`);
    for (const x of p) if (!gs.has(k(x))) errs.push(`FP ${show(x)}`);
  });
}
for (const line of [...pipeline.table('full pipeline'), ...devWay.table('… optional as dev')]) console.log(line);
fs.writeFileSync(`${DIR}/errors${process.env.CV_TAG ?? ''}.txt`, errs.join('\n') + '\n');
if (process.env.CV_DUMP) fs.writeFileSync(`${DIR}/labels${process.env.CV_TAG ?? ''}.json`, JSON.stringify(dump));

function buildKbNow(test: ReturnType<typeof readCorpus>): ReturnType<typeof buildKb> {
  const newsfane = readCorpus('newsfane');
  const kbFiles = ordinaryWordFiles();
  const skipNews = overlapping(newsfane, test);
  return buildKb(ordinaryWords(readTagCounts([...kbFiles.others, kbFiles.newsfane], matchKey, (file, n) => file === kbFiles.newsfane && skipNews.has(n))));
}
