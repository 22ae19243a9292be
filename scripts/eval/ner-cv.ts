// PER/LOC/ORG by 5-fold cross-validation on ANERcorp-train: contiguous folds
// by sentence; each fold's model trains on the other four plus the extra
// corpora (minus sentences that overlap the held-out fold) and is scored in
// its shipped, quantised form, alone and inside the full recognizeNames
// pipeline (scripts/ner/pipeline-score.ts). Every list learnt from labels is
// rebuilt per fold without the held-out sentences and without NewsFANE
// sentences overlapping them: the tagger's lexicon filter (scripts/ner/lexicons.ts),
// the pipeline's common words (scripts/ner/common-words.ts) and the knowledge
// base's ordinary-word filter (scripts/kb/build.ts). Also prints the
// memorisation baseline.
import { featureFingerprint, TaggerModel } from '../../src/core/recognize/tagger/model';
import { readCorpus } from '../ner/corpora';
import { COMMON_WORD_CORPORA, commonWordKeys } from '../ner/common-words';
import { ANERCORP_WEIGHT, BITS, DROPOUT, EPOCHS, EXTRA_CORPORA, MARGIN, TEMPERATURE } from '../ner/config';
import { lexiconCorpora } from '../ner/lexicons';
import { memorise, seenSpans, SpanScore, unseenRecall } from '../ner/metrics';
import { toModelFile, train } from '../ner/perceptron';
import { foldSources, pipelineLabels } from '../ner/pipeline-score';
import { overlapping, prepareFeatures, repeat, toExamples, withoutOverlap } from '../ner/prepare';
import { buildKb, ordinaryWordFiles, ordinaryWords } from '../kb/build';
import { readTagCounts } from '../kb/sources';
import { KnowledgeBase } from '../../src/core/knowledge/kb';
import { matchKey } from '../../src/core/text/normalize';

const FOLDS = 5;
const CV_EPOCHS = Number(process.env.NER_CV_EPOCHS ?? EPOCHS);
const ONLY_FOLDS = Number(process.env.NER_CV_FOLDS ?? FOLDS);

export function run(): void {
  const t0 = Date.now();
  const aner = readCorpus('anercorp');
  const extras = EXTRA_CORPORA.flatMap(c => readCorpus(c));
  const lexLabelled = lexiconCorpora();
  const newsfane = readCorpus('newsfane');
  const kbFiles = ordinaryWordFiles();
  const commonOthers = COMMON_WORD_CORPORA.filter(c => c !== 'anercorp').flatMap(c => readCorpus(c));
  const model = new SpanScore(), baseline = new SpanScore(), pipeline = new SpanScore(), devWay = new SpanScore();
  const unseen = { found: 0, total: 0 };
  let taggedTokens = 0, taggedBytes = 0, tagMs = 0;
  console.log(
    `ANERcorp-train ${aner.length} sentences (weight ${ANERCORP_WEIGHT}); extra: ${EXTRA_CORPORA.join(', ') || 'none'} (${extras.length} sentences); ` +
      `${CV_EPOCHS} epochs, dropout ${DROPOUT}, margin ${MARGIN}; word lists rebuilt per fold`,
  );
  for (let f = 0; f < ONLY_FOLDS; f++) {
    const lo = Math.floor((f * aner.length) / FOLDS), hi = Math.floor(((f + 1) * aner.length) / FOLDS);
    const test = aner.slice(lo, hi);
    const trainAner = [...aner.slice(0, lo), ...aner.slice(hi)];
    const extra = withoutOverlap(extras, test);
    const skipNews = overlapping(newsfane, test);
    const kbFile = buildKb(ordinaryWords(readTagCounts([...kbFiles.others, kbFiles.newsfane], matchKey, (file, n) => file === kbFiles.newsfane && skipNews.has(n))));
    const prep = prepareFeatures(BITS, withoutOverlap(lexLabelled, test), kbFile);
    const common = new Set(commonWordKeys([...trainAner, ...withoutOverlap(commonOthers, test)]));
    const examples = toExamples([...repeat(trainAner, ANERCORP_WEIGHT), ...extra], prep.extractor);
    const trained = train(examples, { bits: BITS, epochs: CV_EPOCHS, dropout: DROPOUT, margin: MARGIN, seed: f + 1 });
    const tagger = new TaggerModel(toModelFile(trained, { bits: BITS, lexicon: prep.lists, phrases: prep.phrases, nisba: prep.nisba, fingerprint: featureFingerprint(prep.extractor), trainedOn: [], temperature: TEMPERATURE }));
    const seen = seenSpans([...trainAner, ...extra]);
    // CPU time, not wall time: the machine is shared and the figure is per core.
    const start = process.cpuUsage();
    const preds = test.map(s => tagger.tag(s.words).labels);
    const used = process.cpuUsage(start);
    tagMs += (used.user + used.system) / 1000;
    test.forEach((s, i) => {
      taggedTokens += s.words.length;
      taggedBytes += Buffer.byteLength(s.words.join(' '));
      model.add(s.labels, preds[i]);
      baseline.add(s.labels, memorise(seen, s.words));
      unseenRecall(seen, s, preds[i], unseen);
    });
    const optional: Uint8Array[] = [];
    const full = pipelineLabels(test, foldSources(tagger, common, new KnowledgeBase(kbFile)), optional);
    test.forEach((s, i) => {
      pipeline.add(s.labels, full[i]);
      devWay.add(s.labels, full[i], optional[i]);
    });
    console.log(
      `fold ${f + 1}: micro F1 so far ${model.prf().f.toFixed(3)}, full pipeline ${pipeline.prf().f.toFixed(3)} ` +
        `(extra kept ${extra.length}/${extras.length}, fold common words ${common.size})`,
    );
  }
  for (const line of [...model.table('perceptron'), ...pipeline.table('full pipeline'), ...devWay.table('… optional as dev'), ...baseline.table('memorisation baseline')]) console.log(line);
  console.log(`recall on spans never seen in training: ${(unseen.found / Math.max(1, unseen.total)).toFixed(3)} (${unseen.found}/${unseen.total})`);
  const secs = tagMs / 1000;
  console.log(
    `tagging speed (cold word caches, CPU time): ${Math.round(taggedTokens / secs)} tokens/s = ${(taggedBytes / 1e6 / secs).toFixed(2)} MB/s of text; ` +
      `whole run ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
}
