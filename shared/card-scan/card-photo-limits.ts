/** The largest photo file read (a 48-megapixel phone JPEG is ~20 MB); checked in the page and again in the core. */
export const MAX_CARD_PHOTO_BYTES = 25 * 1024 * 1024;
/** The longest side, in pixels, of a photo read; larger ones are refused from their header, before decoding. */
export const MAX_CARD_PHOTO_SIDE = 12_000;
export const CARD_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
