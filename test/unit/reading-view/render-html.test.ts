import { strict as assert } from 'node:assert';
import {
  articleBlocks, articleLayout, contentSecurityPolicy, esc, highlightsOf, lines, renderArticleBody, renderBlock, renderReadingHtml, sameBlock, sameContent,
} from '../../../src/extension/reading-view/render-html';
import { fixture, TEXT } from '../views/fixture';

const page = (body: string) => renderReadingHtml({
  body, title: 'Reading: <x>.txt', nonce: 'abc123+/=', cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://x/dist/webview/reading-view.js', styleUri: 'https://x/media/webview/reading-view.css?a="b"', dir: 'rtl', lang: 'ar',
});

/** The CSP exactly as the browser reads it from the meta tag. */
function cspOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'page has a CSP meta tag');
  const decoded = m[1].replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  return new Map(decoded.split(';').map(d => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

/** Tags as an HTML parser would see them: text inside elements never contains a raw `<`. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map(m => m[1].toLowerCase());
}

describe('reading-view/render-html', () => {
  it('renders headline as h1, lead emphasised, then paragraphs, all right to left', () => {
    const html = page(renderArticleBody(TEXT, fixture()));
    assert.match(html, /<html lang="ar" dir="rtl">/);
    const body = renderArticleBody(TEXT, fixture());
    assert.match(body, /^<h1 data-start="0" data-end="\d+">/);
    assert.match(body, /\n<p class="lead" data-start="\d+"/);
    assert.equal((body.match(/<p /g) ?? []).length, 2);
  });

  it('escapes article text: a <script> in the article is text, not an element', () => {
    const body = renderArticleBody(TEXT, fixture());
    assert.ok(body.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(!tags(body).includes('script'), 'no script element in the body');
    const html = page(body);
    assert.equal(tags(html).filter(t => t === 'script').length, 2, 'only the nonce-carrying bundle (open and close tag)');
    assert.match(html, /<script nonce="abc123\+\/=" src="https:\/\/x\/dist\/webview\/reading-view.js"><\/script>/);
  });

  it('escapes attributes: titles, ids and uris cannot break out of their quotes', () => {
    const doc = fixture();
    doc.entities[0].description = 'x" onmouseover="alert(1)';
    doc.mentions[0].id = '"><img src=x>';
    const body = renderArticleBody(TEXT, doc);
    assert.ok(!/onmouseover="/.test(body));
    assert.ok(!tags(body).includes('img'));
    const html = page(body);
    assert.ok(html.includes('href="https://x/media/webview/reading-view.css?a=&#34;b&#34;"'));
    assert.ok(html.includes('<title>Reading: &#60;x&#62;.txt</title>'));
    assert.equal(esc(`<a href='x'>&"`), '&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  it('has a CSP that refuses inline script: script-src is only the nonce', () => {
    const csp = cspOf(page(''));
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), ["'nonce-abc123+/='"]);
    assert.ok(!csp.get('script-src')!.some(s => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*'));
    assert.deepEqual(csp.get('style-src'), ['https://file+.vscode-resource.vscode-cdn.net', "'nonce-abc123+/='"]);
    assert.deepEqual(csp.get('font-src'), ['https://file+.vscode-resource.vscode-cdn.net']);
    assert.equal(contentSecurityPolicy('S', 'N'), "default-src 'none'; script-src 'nonce-N'; style-src S 'nonce-N'; font-src S");
  });

  it('wraps each annotation in a span carrying its offsets, nested inside the quote', () => {
    const body = renderArticleBody(TEXT, fixture());
    const spans = [...body.matchAll(/<span class="ann ann-(\w+)" data-start="(\d+)" data-end="(\d+)"/g)].map(m => ({ cls: m[1], text: TEXT.slice(Number(m[2]), Number(m[3])) }));
    assert.ok(spans.some(s => s.cls === 'person' && s.text === 'فلاديمير بوتين'));
    assert.ok(spans.some(s => s.cls === 'event' && s.text === 'يدعوان'));
    assert.ok(spans.some(s => s.cls === 'date' && s.text === 'أمس الأربعاء'));
    assert.ok(spans.some(s => s.cls === 'quote' && s.text.startsWith('<script>')));
    assert.match(body, /title="فلاديمير بوتين \(Vladimir Putin\) — President of Russia"/);
  });

  it('keeps every character of the paragraph, in order, once the markup is stripped', () => {
    const body = renderArticleBody(TEXT, fixture());
    const text = body.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    assert.equal(text, TEXT);
  });

  it('cuts a highlight that crosses the end of the one enclosing it, losing no text', () => {
    const doc = fixture();
    const q = doc.quotes[0];
    doc.mentions.push({ id: 'cross', entity: 'macron', type: 'PER', origin: 'auto', start: q.end - 3, end: q.end + 3, text: TEXT.slice(q.end - 3, q.end + 3) });
    const body = renderArticleBody(TEXT, doc);
    assert.match(body, new RegExp(`data-start="${q.end - 3}" data-end="${q.end}"`));
    assert.equal(body.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))), TEXT);
  });

  it('leaves switched-off kinds out and orders the enclosing highlight first', () => {
    const hs = highlightsOf(fixture(), new Set(['event', 'date']));
    assert.ok(hs.every(h => h.cls !== 'event' && h.cls !== 'date'));
    const doc = fixture();
    doc.mentions.push({ id: 'same', entity: 'macron', type: 'PER', origin: 'auto', start: doc.quotes[0].start, end: doc.quotes[0].end, text: doc.quotes[0].text });
    const both = highlightsOf(doc).filter(h => h.start === doc.quotes[0].start);
    assert.deepEqual(both.map(h => h.cls), ['quote', 'person']);
  });

  it('splits lines with CRLF and blank lines, and renders text with no analysis', () => {
    assert.deepEqual(lines('ab\r\n\r\ncd\n'), [{ start: 0, end: 2 }, { start: 6, end: 8 }]);
    assert.equal(renderArticleBody('عنوان\r\nمقدمة\r\nفقرة', undefined), '<h1 data-start="0" data-end="5">عنوان</h1>\n<p class="lead" data-start="7" data-end="12">مقدمة</p>\n<p data-start="14" data-end="18">فقرة</p>');
    assert.equal(renderArticleBody('', undefined), '');
  });

  it('shows the analysis warnings escaped', () => {
    const doc = fixture();
    doc.warnings = ['Not analysed: <big>'];
    assert.match(renderArticleBody(TEXT, doc), /^<p class="warning" role="status">Not analysed: &#60;big&#62;<\/p>/);
  });

  it('splits the article into blocks that render, one by one, to the whole body', () => {
    const layout = articleLayout(fixture());
    const blocks = articleBlocks(TEXT, layout);
    assert.deepEqual(blocks.map(b => [b.tag, b.lead]), [['h1', false], ['p', true], ['p', false]]);
    assert.equal(blocks.map(b => renderBlock(TEXT, b)).join('\n'), renderArticleBody(TEXT, fixture()));
    for (const b of blocks) assert.ok(b.highlights.every(h => h.start >= b.start && h.end <= b.end), 'highlights cut to their block');
    assert.equal(blocks.reduce((n, b) => n + b.highlights.length, 0), layout.highlights.length);
  });

  it('tells which blocks an edit left reading the same, and which of those moved', () => {
    const before = articleBlocks(TEXT, articleLayout(fixture()));
    // Text typed into the headline: the lines after it read the same, further along.
    const edited = `عاجل: ${TEXT}`;
    const shift = <T extends { start: number; end: number }>(h: T): T => ({ ...h, start: h.start + 6, end: h.end + 6 });
    const after = articleBlocks(edited, { ...articleLayout(fixture()), headline: 0, lead: before[1].start + 6, highlights: articleLayout(fixture()).highlights.map(shift) });
    assert.equal(sameContent(TEXT, before[0], edited, after[0]), false, 'the headline changed');
    assert.equal(sameContent(TEXT, before[2], edited, after[2]), true, 'the last paragraph reads the same');
    assert.equal(sameBlock(TEXT, before[2], edited, after[2]), false, 'but its offsets moved, so it is redrawn');
    assert.equal(sameBlock(TEXT, before[2], TEXT, articleBlocks(TEXT, articleLayout(fixture()))[2]), true);
    // The same text with a highlight switched off is not the same content.
    const fewer = articleBlocks(TEXT, articleLayout(fixture(), { hidden: new Set(['person']) }));
    assert.equal(sameContent(TEXT, before[1], TEXT, fewer[1]), false);
    // A renumbered annotation draws the same but its element must be refreshed.
    const renumbered = articleBlocks(TEXT, { ...articleLayout(fixture()), highlights: articleLayout(fixture()).highlights.map(h => ({ ...h, id: `${h.id}'` })) });
    assert.equal(sameContent(TEXT, before[1], TEXT, renumbered[1]), true);
    assert.equal(sameBlock(TEXT, before[1], TEXT, renumbered[1]), false);
  });
});
