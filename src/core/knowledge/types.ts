// Shape of media/data/kb.json, written by scripts/build-kb.ts and read by kb.ts.
import type { EntityType } from '../types';

export interface KbEntry {
  /** Stable slug: country/RU, division/SY-HL, city/moscow, per/vladimir-putin, org/osce. */
  id: string;
  type: EntityType;
  /** country, division, city, region, continent, sea, igo, ngo, government, ministry, legislature, media, armed-group, party, politician… */
  subtype: string;
  /** Arabic names, canonical (fullest) first; surnames safe to match alone follow for people. */
  ar: string[];
  en?: string;
  /** Other English names news writes (Turkey beside Türkiye): matched, never shown. */
  enAliases?: string[];
  /** Where a lower-trust entry comes from ('petrarch': names mined from an actor dictionary); absent for curated and country data. */
  source?: string;
  /** Only where a data file gives it. */
  wikidata?: string;
  description?: string;
  /** Entry id of the country this entry belongs to (city, division, person, ministry). */
  country?: string;
  iso2?: string;
  iso3?: string;
  /** Entry id of a country's capital city. */
  capital?: string;
  /** English demonym of a country (Russian), for descriptions built from nisba. */
  demonym?: string;
}

export interface KbFile {
  version: 1;
  /** Data sources and licences, for the README and the about box. */
  sources: string[];
  entries: KbEntry[];
  /** matchKey of a nisba form (الروسية, روس, أمريكيين) → country entry id. */
  nisba: Record<string, string>;
  /** matchKeys of names that are also ordinary words or name two places (مالي، عمان): weak evidence alone. */
  ambiguous: string[];
  /** ANERGazet single/multi-word names by type (matchKeys): lower-confidence evidence, no ids. */
  lists: Record<EntityType, string[]>;
}
