/**
 * Turns a clean card render into what a phone photo of it looks like: the card lying on a
 * desk, turned up to 8°, seen at a slant (perspective), a little out of focus, lit unevenly,
 * with sensor noise, saved as JPEG quality 50.
 */
import sharp from 'sharp';
import { homography, type Point } from '../../../../electron/core/people/card-scan/card-geometry';
import { randomFor, pick } from './card-people';

const DESKS = [
  [139, 107, 74],
  [109, 109, 109],
  [47, 47, 47],
  [74, 107, 82],
  [180, 170, 150],
] as const;

export interface PhotoOptions {
  /** Degrees, signed; up to 8. */
  rotation: number;
  blur: number;
  /** Where the card's corners lie in the photo (top-left, top-right, bottom-right, bottom-left). */
  corners: Point[];
}

export async function phonePhoto(cardPng: Buffer, seed: number): Promise<{ jpeg: Buffer; options: PhotoOptions }> {
  const random = randomFor(seed * 31337 + 11);
  const W = 1800;
  const H = 1350;
  const cardWidth = 1150 + Math.floor(random() * 300);
  const { data: card, info } = await sharp(cardPng).resize({ width: cardWidth }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const cw = info.width;
  const ch = info.height;
  const rotation = (random() * 2 - 1) * 8;
  const t = (rotation * Math.PI) / 180;
  const cx = W / 2 + (random() - 0.5) * 120;
  const cy = H / 2 + (random() - 0.5) * 90;
  const slant = () => (random() - 0.5) * 0.07 * cw;
  const corners = [
    { x: -cw / 2, y: -ch / 2 },
    { x: cw / 2, y: -ch / 2 },
    { x: cw / 2, y: ch / 2 },
    { x: -cw / 2, y: ch / 2 },
  ].map((p) => {
    const x = p.x + slant();
    const y = p.y + slant() * 0.6;
    return { x: cx + x * Math.cos(t) - y * Math.sin(t), y: cy + x * Math.sin(t) + y * Math.cos(t) };
  });
  // From each photo pixel back onto the card.
  const h = homography(corners, [
    { x: 0, y: 0 },
    { x: cw - 1, y: 0 },
    { x: cw - 1, y: ch - 1 },
    { x: 0, y: ch - 1 },
  ] satisfies Point[]);
  const desk = pick(random, DESKS);
  const out = Buffer.alloc(W * H * 3);
  const lightAngle = random() * Math.PI * 2;
  const lightStrength = 0.25 + random() * 0.2;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const w = h[6]! * x + h[7]! * y + 1;
      const u = (h[0]! * x + h[1]! * y + h[2]!) / w;
      const v = (h[3]! * x + h[4]! * y + h[5]!) / w;
      const o = (y * W + x) * 3;
      // Light falls off across the picture, plus a vignette.
      const along = ((x - W / 2) * Math.cos(lightAngle) + (y - H / 2) * Math.sin(lightAngle)) / W;
      const r2 = ((x - W / 2) / W) ** 2 + ((y - H / 2) / H) ** 2;
      const light = 1 - lightStrength * (along + 0.5) - 0.35 * r2;
      for (let c = 0; c < 3; c++) {
        let value: number;
        if (u >= 0 && v >= 0 && u < cw - 1 && v < ch - 1) {
          const x0 = Math.floor(u);
          const y0 = Math.floor(v);
          const fx = u - x0;
          const fy = v - y0;
          const i = (y0 * cw + x0) * 3 + c;
          value = (card[i]! * (1 - fx) + card[i + 3]! * fx) * (1 - fy) + (card[i + cw * 3]! * (1 - fx) + card[i + cw * 3 + 3]! * fx) * fy;
        } else {
          value = desk[c]! + ((x * 7 + y * 13) % 17) - 8;
        }
        const noise = (random() + random() + random() - 1.5) * 8;
        out[o + c] = Math.max(0, Math.min(255, value * light + noise));
      }
    }
  }
  const blur = 0.8 + random() * 0.9;
  const jpeg = await sharp(out, { raw: { width: W, height: H, channels: 3 } })
    .blur(blur)
    .jpeg({ quality: 50 })
    .toBuffer();
  return { jpeg, options: { rotation, blur, corners } };
}
