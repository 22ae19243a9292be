import { run as runNerCv } from './ner-cv';
import { runSeedEntities } from './seed-entities';

export interface EvalSection {
  name: string;
  title: string;
  run(): Promise<void> | void;
}

// Each helper module registers its section here, in the order they print.
export const sections: EvalSection[] = [
  { name: 'seed-entities', title: 'Entities on the seed article (gold annotation)', run: runSeedEntities },
  { name: 'ner-cv', title: 'PER/LOC/ORG by 5-fold cross-validation on ANERcorp-train', run: runNerCv },
];
