// Loads the hand annotation of the sample article from ../shared/gold (never copied into the project).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED = process.env.SEED_SHARED_DIR ?? path.resolve(__dirname, '../../../../shared');
export const GOLD_PATH = path.join(SHARED, 'gold/000_aa1428275e2aae3c.gold.json');
export const SEED_PATH = path.resolve(__dirname, '../../../seeds/000_aa1428275e2aae3c.txt');

export interface GoldSpan { start: number; end: number; text: string }
export interface GoldMention extends GoldSpan { entity: string; type: string; optional?: boolean }
export interface GoldQuote extends GoldSpan { speaker: string }
export interface GoldDate extends GoldSpan { value: Record<string, unknown> }
export interface GoldEvent {
  cameo: string; type: string; trigger: GoldSpan; actors: string[]; targets: string[];
  location: string | null; summary: string; line: number; time?: GoldSpan;
}
export interface Gold {
  entities: Record<string, { type: string; name: string; description: string }>;
  mentions: GoldMention[];
  quotes: GoldQuote[];
  dates: GoldDate[];
  events: GoldEvent[];
}

export function loadGold(): Gold | undefined {
  if (!existsSync(GOLD_PATH)) return undefined;
  return JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold;
}

export function loadSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
