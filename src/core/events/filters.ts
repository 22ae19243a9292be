// Triggers that name no event of their own:
//  - a purpose complement (للمساعدة في، من أجل تبادل الآراء، ليبحث): intended, not done;
//  - the genitive after a frame noun (طاولة المفاوضات);
//  - a noun coordinated with a same-type noun just before it (حالة الحرب … وحظر التجول,
//    متهورة وخطيرة): one declaration, one judgement;
//  - a definite or demonstrative noun (الهجوم، هذا القصف) after an event of the same kind: it refers
//    back to that report, one written report being one event; after تم / جرى it is the report itself;
//  - a death with a count of victims (مقتل 11 شخصا، قتل أكثر من 50): the attack's casualties;
//  - a trigger word inside a name (مجلس التعاون، حركة المقاومة).
import type { Discourse } from '../recognize/discourse';
import { wordKey } from '../recognize/word-key';
import type { EventFrame } from './triggers';
import { cameoRoot } from './typing';
import { eventWords } from './words';

const PURPOSE = new Set(['اجل', 'بهدف', 'بغيه', 'لغرض', 'سعيا'].map(wordKey));
const FRAME_NOUNS = new Set(['طاوله', 'طاولات', 'مائده', 'جدول', 'ملف', 'مسار'].map(wordKey));

function isPurpose(d: Discourse, f: EventFrame): boolean {
  const w = d.words[f.from];
  // ل before the article (للمساعدة) or before an imperfect verb (ليبحث) marks a purpose; لهجوم after تعرض does not.
  const glued = d.ctx.text.slice(w.start, f.start);
  if (/ل/.test(glued) && (f.verbal || /^[وف]?لل/.test(w.key))) return true;
  for (let j = f.from - 1; j >= Math.max(0, f.from - 3); j--) {
    if (d.words[j].sentence !== w.sentence) break;
    if (PURPOSE.has(d.words[j].key)) return true;
  }
  return false;
}

const hasKey = (d: Discourse, j: number, words: ReadonlySet<string>): boolean => d.words[j].keys.some(k => words.has(k));
const sameSentence = (d: Discourse, a: number, b: number): boolean => a >= 0 && b < d.words.length && d.words[a].sentence === d.words[b].sentence;

/** A definite noun or one after a demonstrative (ذلك الهجوم), unless an impersonal verb makes it the report (تم الاتفاق). */
function refersBack(d: Discourse, f: EventFrame): boolean {
  if (f.verbal) return false;
  const prev = f.from - 1;
  if (sameSentence(d, prev, f.from) && hasKey(d, prev, eventWords('impersonalVerbs'))) return false;
  return f.definite || (sameSentence(d, prev, f.from) && hasKey(d, prev, eventWords('anaphoricDeterminers')));
}

/** A count of people right after a death (مقتل 16 مدنيا، قتل أكثر من 50 شخصا) or right before it (11 شخصا قتلوا). */
function isCasualtyCount(d: Discourse, f: EventFrame): boolean {
  if (!f.casualty) return false;
  const count = (j: number): boolean => sameSentence(d, Math.min(j, f.from), Math.max(j, f.from)) && (/^\d/.test(d.words[j].key) || hasKey(d, j, eventWords('countWords')));
  return count(f.to) || count(f.to + 1) || count(f.from - 1) || count(f.from - 2);
}

/** The trigger lies inside an entity mention (the mention starts at most six words before it). */
function insideName(d: Discourse, f: EventFrame): boolean {
  for (let j = f.from; j >= Math.max(0, f.from - 6); j--) {
    const m = d.mentionAt[j];
    if (m && m.start <= f.start && m.end >= f.end) return true;
  }
  return false;
}

export function keepFrames(d: Discourse, frames: EventFrame[]): EventFrame[] {
  const out: EventFrame[] = [];
  const codes = new Set<string>();
  let prev: EventFrame | undefined;
  for (const f of frames) {
    if (insideName(d, f)) continue;
    const earlier = codes.has(f.cameo);
    codes.add(f.cameo);
    // A noun joined by و to the act just before it is the next item of a list (أعلن حالة الحرب والتعبئة العامة).
    const listed = prev !== undefined && f.from === prev.to && d.words[f.from].prefixes.some(p => p.startsWith('و')) && sameSentence(d, prev.from, f.from);
    prev = f;
    if (isCasualtyCount(d, f)) continue;
    if (earlier && !listed && f.modality === 'asserted' && refersBack(d, f)) continue;
    if (f.modality === 'asserted' && isPurpose(d, f)) continue;
    if (!f.verbal && f.modality === 'asserted') {
      const prev = d.words[f.from - 1];
      if (prev && prev.sentence === d.words[f.from].sentence && FRAME_NOUNS.has(prev.key)) continue;
      const last = out[out.length - 1];
      const conj = d.words[f.from].key.startsWith('و') && f.start > d.words[f.from].start;
      if (conj && last && !last.verbal && cameoRoot(last.cameo) === cameoRoot(f.cameo) &&
        d.words[last.from].sentence === d.words[f.from].sentence && f.from - last.to <= 8) continue;
    }
    out.push(f);
  }
  return out;
}
