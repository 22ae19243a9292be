// The panel, its welcome text and the walkthrough as package.json declares them: every
// referenced file exists and every %key% has English and Arabic text.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = ['package.nls.json', 'package.nls.ar.json'].map(f => JSON.parse(readFileSync(path.join(root, f), 'utf8')) as Record<string, string>);
const commands = new Set((pkg.contributes.commands as { command: string }[]).map(c => c.command));

function assertLocalised(value: string): void {
  const key = /^%(.+)%$/.exec(value)?.[1];
  assert.ok(key, `${value} is a localised key`);
  for (const bundle of nls) assert.ok(bundle[key], `${key} has text in both languages`);
}

describe('panel contributions in package.json', () => {
  it('an activity-bar container with the Events, Entities and Quotes views and a monochrome SVG icon', () => {
    const [container] = pkg.contributes.viewsContainers.activitybar;
    assert.equal(container.id, 'seedAnnotator');
    assertLocalised(container.title);
    const svg = readFileSync(path.join(root, container.icon), 'utf8');
    assert.match(svg, /^<svg [^>]*viewBox="0 0 24 24"/);
    assert.ok(!/#[0-9a-f]{3,6}\b|rgb\(/i.test(svg), 'monochrome: colours come from currentColor');
    const views = pkg.contributes.views.seedAnnotator as { id: string; name: string }[];
    // The Corpus view (another module) may follow.
    assert.deepEqual(views.map(v => v.id).slice(0, 3), ['seedAnnotator.events', 'seedAnnotator.entities', 'seedAnnotator.quotes']);
    views.forEach(v => assertLocalised(v.name));
  });

  it('Events title-bar commands are declared commands, grouping toggles shown one at a time', () => {
    const items = (pkg.contributes.menus['view/title'] as { command: string; when: string }[]).filter(m => m.when.includes('view == seedAnnotator.events'));
    assert.deepEqual(items.map(m => m.command).sort(), ['seedAnnotator.eventsGroupByType', 'seedAnnotator.eventsOrderByTime', 'seedAnnotator.filterEvents']);
    for (const m of items) assert.ok(commands.has(m.command), `${m.command} is declared`);
    assert.match(items.find(m => m.command === 'seedAnnotator.eventsGroupByType')!.when, /groupBy == time/);
    assert.match(items.find(m => m.command === 'seedAnnotator.eventsOrderByTime')!.when, /groupBy != time/);
  });

  it('welcome text for when no article is open, in both languages', () => {
    const welcome = pkg.contributes.viewsWelcome as { view: string; contents: string; when: string }[];
    assert.deepEqual(welcome.map(w => w.view), ['seedAnnotator.events', 'seedAnnotator.entities', 'seedAnnotator.quotes']);
    for (const w of welcome) {
      assertLocalised(w.contents);
      assert.equal(w.when, '!seedAnnotator.hasArticle');
    }
    assert.match(nls[0]['view.welcome.events'], /^Open a seed article/);
  });

  it('a walkthrough whose five steps have text, existing markdown and declared commands in their links', () => {
    const [walk] = pkg.contributes.walkthroughs;
    assertLocalised(walk.title);
    assertLocalised(walk.description);
    assert.deepEqual(walk.steps.map((s: { id: string }) => s.id), ['open', 'highlights', 'panel', 'correct', 'export']);
    for (const step of walk.steps as { title: string; description: string; media: { markdown: string } }[]) {
      assertLocalised(step.title);
      assertLocalised(step.description);
      assert.ok(existsSync(path.join(root, step.media.markdown)), `${step.media.markdown} exists`);
      for (const bundle of nls) {
        const key = step.description.slice(1, -1);
        for (const m of bundle[key].matchAll(/\(command:(seedAnnotator\.[\w.]+)/g)) assert.ok(commands.has(m[1]), `${m[1]} is declared`);
      }
    }
  });
});
