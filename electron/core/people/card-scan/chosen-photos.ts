import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { chosenPhotos } from '../../../../shared/api/card-scan/schemas';
import { MAX_CARD_PHOTO_BYTES } from '../../../../shared/card-scan/card-photo-limits';
import { InvalidInputError } from '../../core-errors';
import type { DialogPort } from '../../os-ports';
import { heldItems } from './held-items';

/** Photos picked in the open dialog, held by path until read, each read once and checked for size before it is. */
export function chosenPhotoFiles(dialogs: DialogPort) {
  const chosen = heldItems<string>();
  return {
    async choose(): Promise<z.output<typeof chosenPhotos>> {
      const files = await dialogs.showOpenDialog({
        title: 'Scan business cards',
        multiple: true,
        filters: [{ name: 'Card photos (JPEG, PNG, WebP)', extensions: ['jpg', 'jpeg', 'png', 'webp'] }],
      });
      return { photos: (files ?? []).map((file) => ({ token: chosen.hold(file), fileName: path.basename(file) })) };
    },
    /** The photo's name and bytes; the token is used up. */
    take(token: string): { fileName: string; bytes: Buffer } {
      const file = chosen.get(token);
      if (!file) throw new InvalidInputError('token', 'That photo is no longer open. Choose it again with “Scan business cards”.');
      const fileName = path.basename(file);
      const size = fs.statSync(file).size;
      if (size > MAX_CARD_PHOTO_BYTES) {
        throw new InvalidInputError(
          'photo',
          `${fileName} is ${Math.round(size / (1024 * 1024))} MB; a card photo must be at most ${MAX_CARD_PHOTO_BYTES / (1024 * 1024)} MB. Save it smaller and try again.`,
        );
      }
      chosen.forget(token);
      return { fileName, bytes: fs.readFileSync(file) };
    },
  };
}
