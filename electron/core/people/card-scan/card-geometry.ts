/**
 * Straightening a card found in a photo, on raw pixels (sharp has no perspective warp): a
 * homography maps its four corners (card-outline.ts finds them) onto an upright rectangle;
 * without corners, the text's own lines give the skew.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Raw {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/** The 3×3 homography (row-major, h33 = 1) taking the four `from` points onto `to`. */
export function homography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination with partial pivoting on the 8×8 system.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 8; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  return [...b.map((v, i) => v / a[i]![i]!), 1];
}

/** Straightens the quadrilateral `corners` of `src` into an upright width × height image (bilinear). */
export function warpToRectangle(src: Raw, corners: Point[], width: number, height: number): Raw {
  const target = [
    { x: 0, y: 0 },
    { x: width - 1, y: 0 },
    { x: width - 1, y: height - 1 },
    { x: 0, y: height - 1 },
  ];
  // Map each output pixel back into the source.
  const h = homography(target, corners);
  const { channels } = src;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const w = h[6]! * x + h[7]! * y + 1;
      const sx = Math.min(src.width - 1.001, Math.max(0, (h[0]! * x + h[1]! * y + h[2]!) / w));
      const sy = Math.min(src.height - 1.001, Math.max(0, (h[3]! * x + h[4]! * y + h[5]!) / w));
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const i00 = (y0 * src.width + x0) * channels;
      const i01 = i00 + channels;
      const i10 = i00 + src.width * channels;
      const i11 = i10 + channels;
      const o = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) {
        const top = src.data[i00 + c]! * (1 - fx) + src.data[i01 + c]! * fx;
        const bottom = src.data[i10 + c]! * (1 - fx) + src.data[i11 + c]! * fx;
        out[o + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return { data: out, width, height, channels };
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The upright size of a card with these corners: the mean of its opposite edges. */
export function cardSize(corners: Point[]): { width: number; height: number } {
  const [tl, tr, br, bl] = corners as [Point, Point, Point, Point];
  return { width: (dist(tl, tr) + dist(bl, br)) / 2, height: (dist(tl, bl) + dist(tr, br)) / 2 };
}

/**
 * The skew of text lines, by projection profiles: the angle (−10° to 10°) at which the
 * rows of dark pixels line up best. Used when no card edge was found to straighten by.
 */
export function textSkew(grey: Raw): number {
  const { data, width, height } = grey;
  const dark: number[] = [];
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i]!;
  const mean = sum / data.length;
  for (let i = 0; i < data.length; i++) if (data[i]! < mean * 0.6) dark.push(i);
  if (dark.length < 50) return 0;
  let bestAngle = 0;
  let bestScore = -Infinity;
  for (let deg = -10; deg <= 10; deg += 0.5) {
    const t = (deg * Math.PI) / 180;
    const sin = Math.sin(t);
    const cos = Math.cos(t);
    const rows = new Float64Array(height * 2);
    for (const i of dark) {
      const x = i % width;
      const y = (i - x) / width;
      const r = Math.round(y * cos - x * sin + height / 2);
      if (r >= 0 && r < rows.length) rows[r]! += 1;
    }
    let score = 0;
    for (let r = 1; r < rows.length; r++) score += (rows[r]! - rows[r - 1]!) ** 2;
    if (score > bestScore) {
      bestScore = score;
      bestAngle = deg;
    }
  }
  return bestAngle;
}
