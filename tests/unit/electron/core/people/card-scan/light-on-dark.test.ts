import { describe, expect, it } from 'vitest';
import type { Raw } from '../../../../../../electron/core/people/card-scan/card-geometry';
import { lightOnDarkTurned } from '../../../../../../electron/core/people/card-scan/light-on-dark';

/** A grey card 1600 × 1000 with a ground per pixel and "printing": 6-px strokes every 40 px in each 64-px band of rows. */
function card(ground: (x: number, y: number) => number, ink: (x: number, y: number) => number): Raw {
  const width = 1600;
  const height = 1000;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const printed = y % 64 > 20 && y % 64 < 44 && x % 40 < 6;
      data[y * width + x] = printed ? ink(x, y) : ground(x, y);
    }
  }
  return { data, width, height, channels: 1 };
}

const at = (r: Raw, x: number, y: number) => r.data[y * r.width + x]!;

describe('light printing on dark ground turned dark on light', () => {
  it('turns a dark panel beside a white side, and only the panel', () => {
    const panel = (x: number) => x < 608;
    const r = lightOnDarkTurned(
      card(
        (x) => (panel(x) ? 40 : 235),
        (x) => (panel(x) ? 230 : 30),
      ),
    );
    // Ground light and printing dark on both sides, away from the panel's edge.
    expect(at(r.image, 300, 10)).toBeGreaterThan(200);
    expect(at(r.image, 300 - (300 % 40), 30)).toBeLessThan(60);
    expect(at(r.image, 1000, 10)).toBeGreaterThan(200);
    expect(at(r.image, 1000, 30)).toBeLessThan(60);
    expect(r.turnedShare).toBeGreaterThan(0.3);
    expect(r.turnedShare).toBeLessThan(0.45);
  });

  it('turns a dark card all over', () => {
    expect(
      lightOnDarkTurned(
        card(
          () => 35,
          () => 220,
        ),
      ).turnedShare,
    ).toBe(1);
  });

  it('leaves a white card in uneven light as it is, its dim corner darker than a dark panel’s ink', () => {
    const light = (x: number, y: number) => 1 - 0.55 * ((x / 1600 + y / 1000) / 2);
    const r = lightOnDarkTurned(
      card(
        (x, y) => 245 * light(x, y),
        (x, y) => 30 * light(x, y),
      ),
    );
    expect(r.turnedShare).toBe(0);
  });

  it('leaves heavy type that fills a tile as ink, and still turns a band a few tiles long', () => {
    // A bold capital's strokes covering most of one tile (and a little of the next), on white; a dark band 4 tiles wide below.
    const glyph = (x: number, y: number) => x >= 130 && x < 200 && y >= 130 && y < 196;
    const band = (x: number, y: number) => y >= 640 && y < 704 && x >= 256 && x < 512;
    const r = lightOnDarkTurned(
      card(
        // The band's own white lettering, denser than the card's strokes.
        (x, y) => (glyph(x, y) ? 25 : band(x, y) ? (x % 16 < 4 && y % 64 > 20 && y % 64 < 44 ? 230 : 40) : 235),
        (x, y) => (band(x, y) ? 230 : 30),
      ),
    );
    expect(at(r.image, 150, 150)).toBeLessThan(60);
    expect(at(r.image, 300, 650)).toBeGreaterThan(200);
    expect(r.turnedShare).toBeGreaterThan(0);
  });

  it('turns a dark band whose white label is one tile long, the band’s plain tiles beside it', () => {
    // A dark footer across the card, printed only in its first tile ("Berlin" in white); a line of dark text on the white above.
    const band = (y: number) => y >= 896 && y < 960;
    const label = (x: number, y: number) => band(y) && x >= 64 && x < 128 && x % 12 < 5 && y % 64 > 16 && y % 64 < 48;
    const width = 1600;
    const height = 1000;
    const data = new Uint8Array(width * height);
    const text = (x: number, y: number) => y >= 464 && y < 496 && x % 20 < 4;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = label(x, y) ? 235 : band(y) ? 40 : text(x, y) ? 30 : 235;
    const r = lightOnDarkTurned({ data, width, height, channels: 1 });
    expect(at(r.image, 100, 900)).toBeGreaterThan(200);
    expect(at(r.image, 800, 900)).toBeGreaterThan(200);
    expect(at(r.image, 800, 300)).toBeGreaterThan(200);
    expect(at(r.image, 800, 470)).toBeLessThan(60);
  });
});
