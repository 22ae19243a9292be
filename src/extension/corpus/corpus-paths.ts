// Which files belong to the corpus and which article a sidecar belongs to,
// on uri paths (forward slashes), without `vscode` so they are unit-tested.

/** The seed-article language's filenamePatterns: any `.txt` under a `seeds/` folder. */
export const SEED_GLOB = '**/seeds/**/*.txt';
const SIDECAR_FOLDER = '/.seed-annotator/';
const BESIDE_SUFFIX = '.annotations.json';

export function isSeedArticlePath(path: string): boolean {
  return /(^|\/)seeds\/(.+\/)?[^/]+\.txt$/i.test(path) && !path.includes(SIDECAR_FOLDER);
}

/**
 * The article a sidecar belongs to: `<root>/.seed-annotator/<relative>.json`
 * mirrors `<root>/<relative>`; `<name>.annotations.json` sits beside `<name>.txt`.
 */
export function articlePathForSidecar(path: string): string | undefined {
  const i = path.indexOf(SIDECAR_FOLDER);
  const article = i >= 0 && path.endsWith('.json')
    ? `${path.slice(0, i)}/${path.slice(i + SIDECAR_FOLDER.length, -'.json'.length)}`
    : path.endsWith(BESIDE_SUFFIX) ? `${path.slice(0, -BESIDE_SUFFIX.length)}.txt` : undefined;
  return article && isSeedArticlePath(article) ? article : undefined;
}
