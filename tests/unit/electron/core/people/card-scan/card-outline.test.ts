import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Point, Raw } from '../../../../../../electron/core/people/card-scan/card-geometry';
import { findCardOutline } from '../../../../../../electron/core/people/card-scan/card-outline';
import { cardTruth } from '../../../../helpers/business-cards/card-people';
import { renderCard } from '../../../../helpers/business-cards/card-render';
import { phonePhoto } from '../../../../helpers/business-cards/phone-photo';

const SMALL = 500;

async function small(image: Buffer): Promise<{ raw: Raw; scale: number }> {
  const meta = await sharp(image).metadata();
  const scale = SMALL / Math.max(meta.width!, meta.height!);
  const { data, info } = await sharp(image).resize({ width: SMALL, height: SMALL, fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { raw: { data: new Uint8Array(data), width: info.width, height: info.height, channels: info.channels }, scale };
}

const farthest = (found: Point[], truth: Point[]) => Math.max(...found.map((p, i) => Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y)));

describe('finding the card in a photo', () => {
  // Light, dark, banded and split cards on light, grey, dark and green desks, turned and slanted.
  it.each([0, 4, 11, 17, 23, 29, 42, 57])('finds the corners of generated phone photo %i within 1 % of the picture', async (seed) => {
    const { jpeg, options } = await phonePhoto((await renderCard(cardTruth(seed))).png, seed);
    const { raw, scale } = await small(jpeg);
    const corners = findCardOutline(raw);
    expect(corners).not.toBeNull();
    expect(
      farthest(
        corners!,
        options.corners.map((p) => ({ x: p.x * scale, y: p.y * scale })),
      ),
    ).toBeLessThan(SMALL * 0.01);
  });

  it('finds no card where there is only the card (a flatbed scan) or no card at all', async () => {
    expect(findCardOutline((await small((await renderCard(cardTruth(3))).png)).raw)).toBeNull();
    const shapes = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="#4a6b52"/><circle cx="500" cy="500" r="300" fill="#e0b84f"/><rect x="900" y="200" width="500" height="600" fill="#1b2a3a"/></svg>`,
    );
    expect(findCardOutline((await small(await sharp(shapes).png().toBuffer())).raw)).toBeNull();
  });
});
