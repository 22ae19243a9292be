// Scores the full recognizeNames pipeline (knowledge base, rules, a given
// tagger, consistency, trimming) on ANERcorp sentences: consecutive sentences
// are rebuilt as one-paragraph pseudo-documents, and each mention is mapped
// back to the corpus tokens it touches. ANERcorp tags a whole token with its
// proclitics (وبوتين) while mentions leave them out, so a mention covering a
// token's stem covers the token.
import { buildGazetteer, getGazetteer } from '../../src/core/knowledge/gazetteer';
import { getKnowledgeBase, KnowledgeBase } from '../../src/core/knowledge/kb';
import { isCommonWord } from '../../src/core/recognize/common-words';
import { buildContext } from '../../src/core/text/context';
import { recognizeNames } from '../../src/core/recognize/names';
import { sourcesOf, type NameSources } from '../../src/core/recognize/sources';
import { tagText } from '../../src/core/recognize/tagger';
import { labelIndex } from '../../src/core/recognize/tagger/labels';
import type { TaggerModel } from '../../src/core/recognize/tagger/model';
import type { NameCandidate } from '../../src/core/recognize/candidate';
import { COALITION } from '../../src/core/recognize/institutions';
import type { Sentence } from './corpora';

/** Sentences per pseudo-document: ANERcorp has no document boundaries. */
export const DOC_SENTENCES = 10;

/**
 * The shipped sources with a fold's tagger and, when given, a fold's common-word
 * list in place of media/data/common-words.json and a fold's knowledge base in
 * place of media/data/kb.json (both saw every fold's labels).
 */
export function foldSources(tagger: TaggerModel, commonWords?: ReadonlySet<string>, kb?: KnowledgeBase): NameSources {
  const gazetteer = kb && buildGazetteer(kb);
  return sourcesOf({
    kb: kb ? () => kb : getKnowledgeBase,
    gazetteer: gazetteer ? () => gazetteer : getGazetteer,
    tagger: ctx => tagText(ctx, tagger),
    isCommonWord: commonWords ? key => commonWords.has(key) : isCommonWord,
  });
}

/**
 * The classes the dev gold marks `optional` (its README): a body named by description, a
 * government or force with a country's nisba (الحكومة العراقية، القوات السعودية), a coalition
 * (التحالف الدولي), and a kind noun naming a body again (الحكومة، التحالف، التنظيم). ANERcorp
 * leaves them unmarked; scored the dev way they are neither required nor an error.
 */
export function isOptionalClass(m: NameCandidate): boolean {
  return !!m.descriptive || m.subtype === COALITION || m.antecedent !== undefined;
}

/**
 * Predicted BIO labels per sentence from the whole pipeline with the given sources (see foldSources);
 * `optional`, when given, receives per sentence the tokens predicted as one of the optional classes.
 */
export function pipelineLabels(sentences: readonly Sentence[], sources: NameSources, optional?: Uint8Array[]): number[][] {
  const out: number[][] = [];
  for (let d = 0; d < sentences.length; d += DOC_SENTENCES) {
    const doc = sentences.slice(d, d + DOC_SENTENCES);
    const starts: number[][] = [];
    let text = '';
    for (const s of doc) {
      const row: number[] = [];
      for (const w of s.words) {
        if (text) text += ' ';
        row.push(text.length);
        text += w;
      }
      starts.push(row);
    }
    const mentions = recognizeNames(buildContext(text, 'ar'), sources).filter(m => m.type === 'PER' || m.type === 'LOC' || m.type === 'ORG');
    doc.forEach((s, si) => {
      const labels = new Array<number>(s.words.length).fill(0);
      const loose = new Uint8Array(s.words.length);
      const owner = new Array<number>(s.words.length).fill(-1);
      mentions.forEach((m, mi) => {
        let first = true;
        for (let i = 0; i < s.words.length; i++) {
          const ws = starts[si][i], we = ws + s.words[i].length;
          if (ws >= m.end || we <= m.start || owner[i] >= 0) continue;
          owner[i] = mi;
          labels[i] = labelIndex(`${first ? 'B' : 'I'}-${m.type}`);
          if (isOptionalClass(m)) loose[i] = 1;
          first = false;
        }
      });
      out.push(labels);
      optional?.push(loose);
    });
  }
  return out;
}
