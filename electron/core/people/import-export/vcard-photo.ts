import type { VcardProperty } from './vcard-lines';

/**
 * The person's photo from a card, in every way writers put it: 2.1 `PHOTO;ENCODING=BASE64;JPEG`,
 * 3.0 `PHOTO;ENCODING=b;TYPE=JPEG`, Apple's bare `PHOTO;BASE64:`, Outlook's
 * `X-MS-CARDPICTURE`, 4.0 `PHOTO:data:image/jpeg;base64,…`. What the bytes are is read from
 * the bytes themselves (writers label PNGs as JPEG, or "x-evolution-unknown"). A photo that
 * cannot be used is never a reason to refuse the card: it is left out with the reason.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export interface CardPhoto {
  mediaType: PhotoType;
  bytes: Uint8Array;
}

/** Larger than any contact photo a phone writes; a card file is at most 5 MB anyway. */
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export function sniffImage(bytes: Uint8Array): PhotoType | null {
  const at = (i: number, ...sig: number[]) => sig.every((b, k) => bytes[i + k] === b);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/gu, '');
  // Some writers end the value with the blank line's "=" padding missing; Buffer accepts that.
  if (clean === '' || !BASE64.test(clean)) return null;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

export type PhotoOutcome = { photo: CardPhoto } | { leftOut: string } | null;

/** The photo a property holds; null when it holds none worth a word (a link, an empty value). */
export function photoFrom(p: VcardProperty): PhotoOutcome {
  const value = p.value.trim();
  let bytes: Uint8Array | null;
  const data = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/isu.exec(value);
  if (p.base64) bytes = fromBase64(value);
  else if (data) bytes = /;base64/iu.test(data[2] ?? '') ? fromBase64(data[3] ?? '') : null;
  else return null; // A link to a photo somewhere else: nothing to keep offline.
  if (!bytes) return { leftOut: 'its photo is not valid base64, so it was left out' };
  if (bytes.byteLength > MAX_PHOTO_BYTES) return { leftOut: 'its photo is larger than 2 MB, so it was left out' };
  const mediaType = sniffImage(bytes);
  if (!mediaType) return { leftOut: 'its photo is not a JPEG, PNG, GIF or WebP picture, so it was left out' };
  return { photo: { mediaType, bytes } };
}
