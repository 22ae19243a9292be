import { run as runNerCv } from './ner-cv';
import { runSeedEntities } from './seed-entities';
import { runSeedEvents } from './seed-events';
import { runDevSet } from './dev-set';

export interface EvalSection {
  name: string;
  title: string;
  run(): Promise<void> | void;
}

// Each helper module registers its section here, in the order they print.
export const sections: EvalSection[] = [
  { name: 'seed-entities', title: 'Entities on the seed article (gold annotation)', run: runSeedEntities },
  { name: 'seed-events', title: 'Quotes, dates and events on the seed (gold annotation)', run: runSeedEvents },
  { name: 'dev-set', title: 'Eight real news articles nobody tuned to (../shared/gold/dev), as ../shared/notes/scoring.md scores them', run: runDevSet },
  { name: 'ner-cv', title: 'PER/LOC/ORG by 5-fold cross-validation on ANERcorp-train', run: runNerCv },
];
