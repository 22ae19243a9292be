import type { Language } from '../types';

/**
 * Arabic when Arabic letters (any Arabic block, Persian/Urdu letters too) are
 * at least as many as Latin ones in the first 20,000 characters, English when
 * Latin letters dominate, unknown when there are no letters of either.
 */
export function detectLanguage(text: string): Language {
  const n = Math.min(text.length, 20000);
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfefc)) arabic++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic === 0 && latin === 0) return 'unknown';
  return arabic >= latin ? 'ar' : 'en';
}
