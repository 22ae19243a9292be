export interface EvalSection {
  name: string;
  title: string;
  run(): Promise<void> | void;
}

// Each helper module registers its section here, in the order they print.
export const sections: EvalSection[] = [];
