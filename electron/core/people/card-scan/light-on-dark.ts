import type { Raw } from './card-geometry';

/**
 * Turns light printing on dark ground into dark on light, region by region: a card may be
 * dark all over, or print its company in white on a coloured band or panel beside dark text
 * on white. The engine reads dark on light, and where a page mixes both it loses letters.
 *
 * Judged per tile by the shape of its histogram, not its brightness (light falling off
 * across a white card makes a corner of it darker than a yellow panel): printing covers
 * the lesser part of a tile, so the tile's median lies near the ground, whichever end that
 * is. A tile with no printing takes the side of the neighbour whose ground is nearest its
 * own grey. Heavy type can fill most of a tile too ("Ma" of a bold name at 470 dpi), so
 * dark ground is believed only where it spans a few tiles together, as a band, panel or
 * dark card does, or where a tile without printing beside it has the same grey (a short
 * label on a dark band); a tile or two of it alone among light tiles is ink.
 */
const TILE = 64;
/** Below this spread (5th to 95th percentile) a tile holds no printing to judge by. */
const PLAIN = 40;
/** The fewest touching tiles of dark ground that make a dark region rather than heavy type. */
const FEWEST_DARK = 3;

/** How near in grey a plain tile must be to a dark one to be the same ground. */
const SAME_GROUND = 40;

/**
 * Clears runs of dark-ground tiles (4-connected) smaller than FEWEST_DARK that no plain
 * tile of their own grey touches. Runs before the plain tiles are filled, which would
 * otherwise join the ink's tiles and grow them past the limit.
 */
function withoutSpecks(dark: Int8Array, median: Float32Array, cols: number): void {
  const seen = new Uint8Array(dark.length);
  for (let t = 0; t < dark.length; t++) {
    if (dark[t] !== 1 || seen[t]) continue;
    const region = [t];
    seen[t] = 1;
    for (let k = 0; k < region.length; k++) {
      const u = region[k]!;
      const x = u % cols;
      for (const n of [x > 0 ? u - 1 : -1, x < cols - 1 ? u + 1 : -1, u - cols, u + cols]) {
        if (n >= 0 && n < dark.length && dark[n] === 1 && !seen[n]) {
          seen[n] = 1;
          region.push(n);
        }
      }
    }
    if (region.length >= FEWEST_DARK) continue;
    const ground = region.some((u) => {
      const x = u % cols;
      return [x > 0 ? u - 1 : -1, x < cols - 1 ? u + 1 : -1, u - cols, u + cols].some(
        (n) => n >= 0 && n < dark.length && dark[n] === -1 && Math.abs(median[n]! - median[u]!) < SAME_GROUND,
      );
    });
    if (!ground) for (const u of region) dark[u] = 0;
  }
}

function percentiles(histogram: Uint32Array, count: number, shares: number[]): number[] {
  const out: number[] = [];
  let seen = 0;
  let k = 0;
  for (let v = 0; v < 256 && k < shares.length; v++) {
    seen += histogram[v]!;
    while (k < shares.length && seen >= count * shares[k]!) {
      out.push(v);
      k++;
    }
  }
  while (out.length < shares.length) out.push(255);
  return out;
}

export function lightOnDarkTurned(grey: Raw): { image: Raw; turnedShare: number } {
  const { data, width, height } = grey;
  const cols = Math.ceil(width / TILE);
  const rows = Math.ceil(height / TILE);
  const median = new Float32Array(cols * rows);
  // 1: dark ground (turn), 0: light ground, -1: not yet known.
  const dark = new Int8Array(cols * rows).fill(-1);
  for (let ty = 0; ty < rows; ty++) {
    for (let tx = 0; tx < cols; tx++) {
      const histogram = new Uint32Array(256);
      let count = 0;
      for (let y = ty * TILE; y < Math.min(height, (ty + 1) * TILE); y++) {
        for (let x = tx * TILE; x < Math.min(width, (tx + 1) * TILE); x++) {
          histogram[data[y * width + x]!]! += 1;
          count++;
        }
      }
      const [p5, p50, p95] = percentiles(histogram, count, [0.05, 0.5, 0.95]) as [number, number, number];
      const t = ty * cols + tx;
      median[t] = p50;
      if (p95 - p5 >= PLAIN) dark[t] = p50 - p5 < p95 - p50 ? 1 : 0;
    }
  }
  if (!dark.some((d) => d !== -1)) return { image: grey, turnedShare: 0 };
  withoutSpecks(dark, median, cols);
  // Plain tiles join the known neighbour of the nearest grey, the nearest pair of all first: a
  // band's plain tiles join its label along the band before the white card reaches them.
  for (;;) {
    let pick = -1;
    let side = -1;
    let bestDiff = Infinity;
    for (let t = 0; t < dark.length; t++) {
      if (dark[t] !== -1) continue;
      const x = t % cols;
      for (const n of [x > 0 ? t - 1 : -1, x < cols - 1 ? t + 1 : -1, t - cols, t + cols]) {
        if (n < 0 || n >= dark.length || dark[n] === -1) continue;
        const diff = Math.abs(median[n]! - median[t]!);
        if (diff < bestDiff) {
          bestDiff = diff;
          pick = t;
          side = dark[n]!;
        }
      }
    }
    if (pick === -1) break;
    dark[pick] = side;
  }
  const out = new Uint8Array(data.length);
  let turned = 0;
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / TILE) * cols;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (dark[row + Math.floor(x / TILE)] === 1) {
        out[i] = 255 - data[i]!;
        turned++;
      } else out[i] = data[i]!;
    }
  }
  return { image: { data: out, width, height, channels: 1 }, turnedShare: turned / data.length };
}
