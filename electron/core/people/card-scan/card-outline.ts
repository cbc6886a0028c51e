import type { Point, Raw } from './card-geometry';

/**
 * Finding the card in a photo of it lying on a desk (or a table, a sheet of paper): the
 * desk is what the picture's edges show, modelled per colour channel as a smooth surface
 * (a quadratic in x and y), so light falling off across the desk and a lens's vignette are
 * part of the desk and not mistaken for the card. The card is the largest region whose
 * colour departs from that surface by more than the desk's own noise; its sides are lines
 * fitted to the region's outline, and its corners where they meet. Works on a small copy
 * (about 500 px), in colour: a dark-blue card on a grey desk differs in hue, not in grey.
 */

/** The six terms of the desk's surface at (u, v), both in −0.5…0.5. */
function terms(u: number, v: number): number[] {
  return [1, u, v, u * u, u * v, v * v];
}

/** Least squares: the coefficients that best fit values at the sample points. */
function fitSurface(samples: ReadonlyArray<{ t: number[]; value: number }>): number[] {
  const n = 6;
  const a = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  for (const { t, value } of samples) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) a[i]![j]! += t[i]! * t[j]!;
      a[i]![n]! += t[i]! * value;
    }
  }
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const d = a[c]![c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / d;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

const evaluate = (coef: number[], t: number[]) => coef.reduce((s, c, i) => s + c * t[i]!, 0);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/** How far each pixel's colour is from the desk's, and how much the desk itself varies. */
export function deskDistance(img: Raw): { distance: Float32Array; noise: number } {
  const { data, width, height, channels } = img;
  const u = (x: number) => x / Math.max(1, width - 1) - 0.5;
  const v = (y: number) => y / Math.max(1, height - 1) - 0.5;
  // The frame: three pixels deep around the picture, every other pixel.
  const frame: Array<{ x: number; y: number }> = [];
  for (let x = 0; x < width; x += 2) for (const y of [0, 2, height - 3, height - 1]) frame.push({ x, y });
  for (let y = 0; y < height; y += 2) for (const x of [0, 2, width - 3, width - 1]) frame.push({ x, y });
  const at = (x: number, y: number, c: number) => data[(y * width + x) * channels + c]!;
  let inliers = frame;
  let coefs: number[][] = [];
  // Fit, drop what does not fit (a corner of the card touching the edge, a pen), fit again.
  for (let round = 0; round < 3; round++) {
    coefs = Array.from({ length: channels }, (_, c) => fitSurface(inliers.map((p) => ({ t: terms(u(p.x), v(p.y)), value: at(p.x, p.y, c) }))));
    const residual = frame.map((p) => {
      const t = terms(u(p.x), v(p.y));
      let s = 0;
      for (let c = 0; c < channels; c++) s += (at(p.x, p.y, c) - evaluate(coefs[c]!, t)) ** 2;
      return Math.sqrt(s);
    });
    const spread = 1.4826 * median(residual) + 1;
    inliers = frame.filter((_, i) => residual[i]! < 3 * spread);
    if (inliers.length < frame.length * 0.3) inliers = frame;
  }
  const distance = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = terms(u(x), v(y));
      let s = 0;
      for (let c = 0; c < channels; c++) s += (at(x, y, c) - evaluate(coefs[c]!, t)) ** 2;
      distance[y * width + x] = Math.sqrt(s);
    }
  }
  const noise = 1.4826 * median(inliers.map((p) => distance[p.y * width + p.x]!));
  return { distance, noise };
}

/** The largest 4-connected region of the mask, with the holes inside it filled. */
function largestRegion(mask: Uint8Array, width: number, height: number): { region: Uint8Array; size: number } {
  const label = new Int32Array(width * height);
  const stack: number[] = [];
  const flood = (start: number, id: number, inside: (i: number) => boolean): number => {
    let size = 0;
    stack.push(start);
    label[start] = id;
    while (stack.length > 0) {
      const i = stack.pop()!;
      size++;
      const x = i % width;
      for (const n of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
        if (n >= 0 && n < label.length && label[n] === 0 && inside(n)) {
          label[n] = id;
          stack.push(n);
        }
      }
    }
    return size;
  };
  let best = { id: 0, size: 0 };
  let next = 1;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i] || label[i]) continue;
    const id = next++;
    const size = flood(i, id, (n) => mask[n] === 1);
    if (size > best.size) best = { id, size };
  }
  // Whatever of the rest cannot reach the picture's edge is a hole in the card (printing the colour of the desk).
  const outside = -1;
  label.forEach((l, i) => {
    if (l !== best.id) label[i] = 0;
  });
  for (let x = 0; x < width; x++) {
    for (const i of [x, (height - 1) * width + x]) if (label[i] === 0) flood(i, outside, (n) => label[n] === 0);
  }
  for (let y = 0; y < height; y++) {
    for (const i of [y * width, y * width + width - 1]) if (label[i] === 0) flood(i, outside, (n) => label[n] === 0);
  }
  const region = new Uint8Array(width * height);
  let size = 0;
  for (let i = 0; i < region.length; i++) {
    if (label[i] !== outside) {
      region[i] = 1;
      size++;
    }
  }
  return { region, size };
}

/** Grows then shrinks the mask by `r` pixels (a closing), so a card's printing and its edge join into one region. */
function close(mask: Uint8Array, width: number, height: number, r: number): Uint8Array {
  // One direction of a square window: along rows (step 1) or along columns (step width).
  const line = (src: Uint8Array, grow: boolean, step: 1 | number) => {
    const out = new Uint8Array(src.length);
    const want = grow ? 1 : 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = step === 1 ? x : y;
        const size = step === 1 ? width : height;
        let hit = !grow;
        for (let d = -r; d <= r && hit !== grow; d++) {
          if (at + d >= 0 && at + d < size && src[y * width + x + d * step] === want) hit = grow;
        }
        out[y * width + x] = hit ? 1 : 0;
      }
    }
    return out;
  };
  const pass = (src: Uint8Array, grow: boolean) => line(line(src, grow, 1), grow, width);
  return pass(pass(mask, true), false);
}

/** The line (point and unit direction) that best fits the points, by total least squares. */
function fitLine(points: Point[]): { p: Point; d: Point } | null {
  if (points.length < 4) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { p: { x: mx, y: my }, d: { x: Math.cos(angle), y: Math.sin(angle) } };
}

function intersect(a: { p: Point; d: Point }, b: { p: Point; d: Point }): Point | null {
  const det = a.d.x * b.d.y - a.d.y * b.d.x;
  if (Math.abs(det) < 1e-6) return null;
  const t = ((b.p.x - a.p.x) * b.d.y - (b.p.y - a.p.y) * b.d.x) / det;
  return { x: a.p.x + t * a.d.x, y: a.p.y + t * a.d.y };
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Business cards are 1.5–1.8 times as long as they are high (85 × 55 mm, 3.5 × 2 in, 91 × 55 mm); a little more or less for the slant. */
const SIDE_RATIO = { min: 1.25, max: 2.1 };

/**
 * The card's corners (top-left, top-right, bottom-right, bottom-left, as the picture lies)
 * in the small colour image, or null when no card-shaped region stands out from the desk.
 */
export function findCardOutline(img: Raw): Point[] | null {
  const { width, height } = img;
  const { distance, noise } = deskDistance(img);
  const threshold = Math.max(8, 5 * noise);
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = distance[i]! > threshold ? 1 : 0;
  const { region, size } = largestRegion(close(mask, width, height, 2), width, height);
  const share = size / (width * height);
  if (share < 0.12 || share > 0.95) return null;

  // Rough corners: the region's extreme points along the diagonals (a card turned less than ~30°).
  const scores = [(x: number, y: number) => -x - y, (x: number, y: number) => x - y, (x: number, y: number) => x + y, (x: number, y: number) => -x + y];
  const rough = scores.map(() => ({ score: -Infinity, p: { x: 0, y: 0 } }));
  const outline: Point[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!region[i]) continue;
      scores.forEach((f, k) => {
        const s = f(x, y);
        if (s > rough[k]!.score) rough[k] = { score: s, p: { x, y } };
      });
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1 || !region[i - 1] || !region[i + 1] || !region[i - width] || !region[i + width]) {
        outline.push({ x: x + 0.5, y: y + 0.5 });
      }
    }
  }
  const corners = rough.map((r) => r.p);
  // Each side: a line through the outline points near it, away from the (rounded, blurred) corners.
  const sides = corners.map((a, k) => {
    const b = corners[(k + 1) % 4]!;
    const length = dist(a, b);
    const near = outline.filter((p) => {
      const t = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (length * length);
      const off = Math.abs((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) / length;
      return t > 0.12 && t < 0.88 && off < Math.max(3, length * 0.03);
    });
    return fitLine(near);
  });
  const refined = sides.map((side, k) => {
    const before = sides[(k + 3) % 4];
    return side && before ? intersect(before, side) : null;
  });
  const result = refined.every((p, k) => p !== null && dist(p, corners[k]!) < Math.max(width, height) * 0.08) ? (refined as Point[]) : corners;

  // A card-shaped quadrilateral that covers most of the region: a hand, a shadow or a second card does not.
  const [tl, tr, br, bl] = result as [Point, Point, Point, Point];
  const long = (dist(tl, tr) + dist(bl, br)) / 2;
  const short = (dist(tl, bl) + dist(tr, br)) / 2;
  const ratio = Math.max(long, short) / Math.max(1, Math.min(long, short));
  if (ratio < SIDE_RATIO.min || ratio > SIDE_RATIO.max) return null;
  const area = Math.abs(result.reduce((s, p, i) => s + p.x * result[(i + 1) % 4]!.y - result[(i + 1) % 4]!.x * p.y, 0)) / 2;
  if (size / area < 0.85 || size / area > 1.1) return null;
  return result;
}
