// What the benchmark times, bundled by scripts/build.mjs into
// out/scripts/bench/shipped-core.bundle.js the way dist/worker.js and dist/cli.js
// are: the per-file transpile in out/ routes every cross-module call through
// esbuild's export getters, which the shipped bundles do not pay.
export { annotate } from '../../src/core/annotate';
export { IncrementalAnnotator } from '../../src/core/incremental';
export { getKnowledgeBase } from '../../src/core/knowledge/kb';
export { getGazetteer } from '../../src/core/knowledge/gazetteer';
export { loadTagger, tagText } from '../../src/core/recognize/tagger/index';
export { decodeBytes } from '../../src/core/text/decode';
export { buildContext } from '../../src/core/text/context';
