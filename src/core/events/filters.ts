// Triggers that name no event of their own:
//  - a purpose complement (للمساعدة في، من أجل تبادل الآراء، ليبحث): intended, not done;
//  - the genitive after a frame noun (طاولة المفاوضات);
//  - a noun coordinated with a same-type noun just before it (حالة الحرب … وحظر التجول,
//    متهورة وخطيرة): one declaration, one judgement.
import type { Discourse } from '../recognize/discourse';
import { wordKey } from '../recognize/word-key';
import type { EventFrame } from './triggers';
import { cameoRoot } from './typing';

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

export function keepFrames(d: Discourse, frames: EventFrame[]): EventFrame[] {
  const out: EventFrame[] = [];
  for (const f of frames) {
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
