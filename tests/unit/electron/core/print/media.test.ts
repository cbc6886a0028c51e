import { describe, expect, it } from 'vitest';
import { mediaFor } from '../../../../../electron/core/print/media';
import { unpackedPath } from '../../../../../electron/core/print/windows-print-system';
import { ENVELOPE_SIZES } from '../../../../../shared/print/envelope-layout';
import { safeFileName } from '../../../../../shared/print/safe-file-name';

describe('media for a page', () => {
  it('names the standard sizes either way round', () => {
    expect(mediaFor(612, 792)).toEqual({ cups: 'na_letter_8.5x11in', windows: 'Letter' });
    expect(mediaFor(684, 297).cups).toBe('na_number-10_4.125x9.5in');
    expect(mediaFor(297, 684).windows).toBe('Envelope #10');
    expect(mediaFor(ENVELOPE_SIZES.dl.width, ENVELOPE_SIZES.dl.height).cups).toBe('iso_dl_110x220mm');
    expect(mediaFor(ENVELOPE_SIZES.c5.width, ENVELOPE_SIZES.c5.height).cups).toBe('iso_c5_162x229mm');
  });

  it('sends other sizes as a custom size in inches, width first', () => {
    expect(mediaFor(ENVELOPE_SIZES.a7.width, ENVELOPE_SIZES.a7.height)).toEqual({ cups: 'Custom.7.25x5.25in', windows: null });
  });

  it('runs the Windows helper from outside the asar archive', () => {
    expect(unpackedPath('C:\\App\\resources\\app.asar\\node_modules\\pdf-to-printer\\dist')).toBe('C:\\App\\resources\\app.asar.unpacked\\node_modules\\pdf-to-printer\\dist');
  });
});

describe('safe file names', () => {
  it('keeps letters of every script and drops what file systems refuse', () => {
    expect(safeFileName('Letter to José Martínez')).toBe('Letter to José Martínez');
    expect(safeFileName('王伟 / Дмитрий: "draft"?')).toBe('王伟 Дмитрий draft');
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileName('CON')).toBe('CON file');
    expect(safeFileName(' ... ')).toBe('Afterword');
    expect(Array.from(safeFileName('x'.repeat(300))).length).toBe(100);
  });
});
