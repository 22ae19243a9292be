import type { Language } from '../types';

/** Arabic when Arabic letters outnumber Latin ones, English when Latin letters dominate. */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (arabic === 0 && latin === 0) return 'unknown';
  return arabic >= latin ? 'ar' : 'en';
}
