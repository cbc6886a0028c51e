import sharp from 'sharp';
import type { CardPhoto } from './vcard-photo';

/**
 * A contact file's photo of the person, as Afterword keeps it beside scanned cards: decoded
 * (so bytes that only start like a picture are found out here, not when it is shown), turned
 * upright by its EXIF orientation, at most 800 px on a side, as a JPEG on white. A photo
 * that cannot be decoded is not kept; the contact still is.
 */
const KEPT_SIDE = 800;
/** A contact photo is at most 2 MB (vcard-photo.ts); this bounds what those bytes may unpack to. */
const MAX_PIXELS = 25_000_000;

export interface KeptContactPhoto {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export async function keptContactPhoto(photo: CardPhoto): Promise<KeptContactPhoto | null> {
  try {
    const { data, info } = await sharp(photo.bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: KEPT_SIDE, height: KEPT_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    return null;
  }
}
