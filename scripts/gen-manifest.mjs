// One table of commands, settings and colours produces package.json's
// "contributes" and both NLS files, so English and Arabic never drift apart.
// Run: node scripts/gen-manifest.mjs   (the build checks it is up to date)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const table = JSON.parse(readFileSync(path.join(root, 'scripts/manifest-table.json'), 'utf8'));

const nlsEn = {};
const nlsAr = {};
const str = (key, en, ar) => { nlsEn[key] = en; nlsAr[key] = ar ?? en; return `%${key}%`; };

const commands = table.commands.map(c => ({
  command: `seedAnnotator.${c.id}`,
  title: str(`command.${c.id}`, c.en, c.ar),
  category: '%category%',
  ...(c.icon ? { icon: c.icon } : {}),
  ...(c.enablement ? { enablement: c.enablement } : {}),
}));
str('category', 'Seed Annotator', 'مُعلِّم المقالات');

const properties = {};
for (const s of table.settings) {
  const { key, en, ar, ...schema } = s;
  properties[`seedAnnotator.${key}`] = { ...schema, markdownDescription: str(`setting.${key}`, en, ar) };
}

const colors = [];
for (const c of table.colors) {
  colors.push({ id: `seedAnnotator.${c.id}`, description: str(`color.${c.id}`, c.en, c.ar), defaults: c.defaults });
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const [k, v] of Object.entries(table.strings ?? {})) str(k, v.en, v.ar);
pkg.contributes = {
  ...pkg.contributes,
  commands,
  configuration: { title: '%category%', properties },
  colors,
};
writeFileSync(path.join(root, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(path.join(root, 'package.nls.json'), JSON.stringify(nlsEn, null, 2) + '\n');
writeFileSync(path.join(root, 'package.nls.ar.json'), JSON.stringify(nlsAr, null, 2) + '\n');
console.log(`manifest: ${commands.length} commands, ${Object.keys(properties).length} settings, ${colors.length} colours`);
