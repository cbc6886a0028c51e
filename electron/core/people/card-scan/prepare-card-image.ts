import sharp, { type Metadata, type Sharp } from 'sharp';
import { MAX_CARD_PHOTO_BYTES as MAX_PHOTO_BYTES, MAX_CARD_PHOTO_SIDE as MAX_PHOTO_SIDE } from '../../../../shared/card-scan/card-photo-limits';
import { cardSize, textSkew, warpToRectangle, type Raw } from './card-geometry';
import { findCardOutline } from './card-outline';
import { lightOnDarkTurned } from './light-on-dark';

/**
 * From a photo as the user has it (a phone picture at an angle on a desk, a flatbed scan)
 * to what the OCR engine reads best: turned upright by its EXIF orientation, cut out and
 * straightened to the card, grey, with the light evened out, dark cards turned light, and
 * scaled so the card's text is the size tesseract is trained on. Also the card in colour,
 * to keep with the person. Every check that can refuse a photo runs before it is decoded.
 */
export class CardImageError extends Error {}

// Cards are prepared one at a time while the OCR engine, not libvips, takes the time: one
// libvips thread and no operation cache keep ten cards' peak memory ~30 MB lower (353 MB
// against 386 MB in the benchmark) and cost nothing measurable. sharp is used nowhere else.
sharp.concurrency(1);
sharp.cache(false);

const MAX_PIXELS = 80_000_000;
const FORMATS = new Set(['jpeg', 'png', 'webp']);
/** Card width for the engine: a card's small print (7 pt) becomes ~25 px tall capitals. */
const OCR_WIDTH = 1600;
/** Card width of the photo kept with the person. */
const KEPT_WIDTH = 1200;
const WORK_SIDE = 2000;

export interface PreparedCard {
  /** Grey PNG for the engine. */
  ocr: { png: Buffer; width: number; height: number };
  /** The card in colour, cut out and upright: what is stored with the person. */
  photo: { jpeg: Buffer; width: number; height: number };
  /** Whether the card's edges were found (else the whole picture was used). */
  cardFound: boolean;
  /** Whether the card looks out of focus: the reason to give when nothing could be read. */
  blurred: boolean;
}

function describe(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
}

/** Refuses what is not a photo Afterword reads, from the file's header only. */
export async function checkPhoto(bytes: Uint8Array, name: string): Promise<{ width: number; height: number }> {
  if (bytes.byteLength === 0) throw new CardImageError(`${name} is empty.`);
  if (bytes.byteLength > MAX_PHOTO_BYTES) {
    throw new CardImageError(`${name} is ${describe(bytes.byteLength)}; a card photo must be at most 25 MB. Save it smaller and try again.`);
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw new CardImageError(`${name} is not a picture Afterword can read. Choose a JPEG, PNG or WebP photo of the card.`);
  }
  if (!meta.format || !FORMATS.has(meta.format)) {
    throw new CardImageError(`${name} is a ${String(meta.format ?? 'unknown').toUpperCase()} file; Afterword reads JPEG, PNG and WebP photos.`);
  }
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE || width * height > MAX_PIXELS) {
    throw new CardImageError(
      `${name} is ${width} × ${height} pixels; Afterword reads photos up to ${MAX_PHOTO_SIDE.toLocaleString('en')} pixels on a side. Save it smaller and try again.`,
    );
  }
  if (width < 200 || height < 120) {
    throw new CardImageError(`${name} is only ${width} × ${height} pixels: too small to read a card from. Take the photo closer.`);
  }
  return { width, height };
}

async function raw(image: Sharp): Promise<Raw> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
}

const fromRaw = (r: Raw) =>
  sharp(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length), { raw: { width: r.width, height: r.height, channels: r.channels as 1 | 3 } });

/** Blank, or no printing at all: tells the user before the engine reads nothing. */
async function checkNotBlank(grey: Raw, name: string, whole: Raw): Promise<void> {
  if ((await fromRaw(whole).stats()).channels[0]!.stdev < 8)
    throw new CardImageError(`${name} looks blank: there is nothing on it to read. Photograph the printed side of the card.`);
  if ((await fromRaw(grey).stats()).channels[0]!.stdev < 8)
    throw new CardImageError(
      `${name} does not look like a business card: no printing was found on it. Photograph the card flat, from closer, and in good light.`,
    );
}

/**
 * Whether the card looks out of focus (libvips' sharpness estimate, on the card at engine
 * width). Sharpness alone cannot refuse a photo: a phone photo that reads well (JPEG at
 * quality 50, slightly out of focus) can measure as low as one blurred past reading, so the
 * scanner uses this only to say why a card that read as nothing did.
 */
// Measured on the generated corpus: sharp renders 1.4–2.0, phone photos 0.10–1.15, a photo blurred by σ = 3–14 px 0.07–0.16.
const BLURRED_BELOW = 0.2;

/** Turns the photo into the engine's input and the card to keep. Throws CardImageError with a message for the user. */
export async function prepareCard(bytes: Uint8Array, name: string, turn = 0): Promise<PreparedCard> {
  await checkPhoto(bytes, name);
  // Upright by EXIF, within a working size, in colour.
  const upright = sharp(bytes, { limitInputPixels: MAX_PIXELS })
    .rotate()
    .rotate(turn || undefined)
    .resize({ width: WORK_SIDE, height: WORK_SIDE, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb');
  const colour = await raw(upright);
  // Find the card on a small colour copy, then straighten it at working size.
  const scale = 500 / Math.max(colour.width, colour.height);
  const smallSize = [Math.round(colour.width * scale), Math.round(colour.height * scale)] as const;
  const small = await raw(fromRaw(colour).resize(smallSize[0], smallSize[1]));
  const corners = findCardOutline(small);
  let card: Raw = colour;
  if (corners) {
    const full = corners.map((p) => ({ x: p.x / scale, y: p.y / scale }));
    const size = cardSize(full);
    card = warpToRectangle(colour, full, Math.round(size.width), Math.round(size.height));
  } else {
    // A flatbed scan or a card filling the picture: no desk around it, so straighten by the text's lines.
    const skew = textSkew(await raw(fromRaw(small).greyscale()));
    if (skew !== 0) card = await raw(fromRaw(colour).rotate(-skew, { background: '#ffffff' }));
  }
  // A card photographed upright on its short side stays as it is; the engine's orientation check handles the rest.
  const photo = await fromRaw(card)
    .resize({ width: Math.min(KEPT_WIDTH, card.width) })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });

  const ocrScale = OCR_WIDTH / card.width;
  const grey = await raw(
    fromRaw(card)
      .greyscale()
      .resize(Math.round(card.width * ocrScale), Math.round(card.height * ocrScale), { kernel: 'lanczos3' }),
  );
  await checkNotBlank(grey, name, small);
  const { sharpness } = await fromRaw(grey).stats();
  // Light text on a dark card, band or panel: the engine reads dark on light.
  const { image: darkOnLight } = lightOnDarkTurned(grey);
  // Uneven light is left to the engine's adaptive (Sauvola) threshold; here only the contrast is stretched.
  const ocr = await fromRaw(darkOnLight).normalise({ lower: 1, upper: 99 }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return {
    ocr: { png: ocr.data, width: ocr.info.width, height: ocr.info.height },
    photo: { jpeg: photo.data, width: photo.info.width, height: photo.info.height },
    cardFound: corners !== null,
    blurred: sharpness < BLURRED_BELOW,
  };
}
