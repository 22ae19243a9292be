// A one-line progress bar on stderr, only when stderr is a terminal, redrawn
// at most ten times a second so it never slows the work it reports.
import * as l10n from '@vscode/l10n';

export interface Progress {
  tick(bytes: number): void;
  done(): void;
}

const WIDTH = 30;

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let bytes = 0;
  let last = 0;
  const started = Date.now();
  const draw = () => {
    const filled = Math.round((count / total) * WIDTH);
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = bytes / 1e6 / seconds;
    const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
    stream.write(`\r[${bar}] ${l10n.t('{0}/{1} articles  {2} MB/s', count, total, rate.toFixed(1))} `);
  };
  return {
    tick: n => {
      count++;
      bytes += n;
      const now = Date.now();
      if (now - last > 100 || count === total) {
        last = now;
        draw();
      }
    },
    done: () => stream.write('\r\x1b[K'),
  };
}
