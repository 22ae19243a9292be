// `npm run eval`: accuracy figures on data the model was not trained on.
// Each section prints its own table; sections live in scripts/eval/.
import { sections } from './eval/sections';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const s of sections) {
    if (only.length && !only.includes(s.name)) continue;
    console.log(`\n== ${s.title}`);
    await s.run();
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
