import { describe, expect, it } from 'vitest';
import { mediaFor } from '../../../../../../electron/core/printing/print-system/media';
import fs from 'node:fs';
import { PrintError } from '../../../../../../electron/core/printing/print-system/print-system';
import { helperPath, unpackedPath, windowsPrintSystem, type PdfToPrinter } from '../../../../../../electron/core/printing/print-system/windows-print-system';
import { ENVELOPE_SIZES } from '../../../../../../shared/print/envelope-layout';
import { safeFileName } from '../../../../../../shared/domain/safe-file-name';

describe('media for a page', () => {
  it('names the standard sizes either way round', () => {
    expect(mediaFor(612, 792)).toEqual({ cups: 'na_letter_8.5x11in', windows: 'Letter' });
    expect(mediaFor(684, 297).cups).toBe('na_number-10_4.125x9.5in');
    expect(mediaFor(297, 684).windows).toBe('Envelope #10');
    expect(mediaFor(ENVELOPE_SIZES.dl.width, ENVELOPE_SIZES.dl.height).cups).toBe('iso_dl_110x220mm');
    expect(mediaFor(ENVELOPE_SIZES.c5.width, ENVELOPE_SIZES.c5.height).cups).toBe('iso_c5_162x229mm');
  });

  it('sends other sizes as a custom size in inches, short side first like the named sizes', () => {
    expect(mediaFor(ENVELOPE_SIZES.a7.width, ENVELOPE_SIZES.a7.height)).toEqual({ cups: 'Custom.5.25x7.25in', windows: null });
    expect(mediaFor(ENVELOPE_SIZES.a7.height, ENVELOPE_SIZES.a7.width)).toEqual({ cups: 'Custom.5.25x7.25in', windows: null });
  });

  it('runs the Windows helper from outside the asar archive', () => {
    expect(unpackedPath('C:\\App\\resources\\app.asar\\node_modules\\pdf-to-printer\\dist')).toBe(
      'C:\\App\\resources\\app.asar.unpacked\\node_modules\\pdf-to-printer\\dist',
    );
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

describe('Windows printing', () => {
  // Windows and its printers are not on this machine: a stand-in records what pdf-to-printer is asked.
  function recording(fail = false) {
    const calls: Array<Parameters<PdfToPrinter['print']>> = [];
    const lib: PdfToPrinter = {
      getPrinters: async () => [{ name: 'Office Laser' }, { name: 'Envelope Printer' }],
      getDefaultPrinter: async () => ({ name: 'Envelope Printer' }),
      print: async (...args) => {
        calls.push(args);
        if (fail) throw new Error('Access denied');
      },
    };
    return { calls, system: windowsPrintSystem(async () => lib) };
  }

  it('lists printers with the default marked', async () => {
    expect(await recording().system.listPrinters()).toEqual([
      { name: 'Office Laser', isDefault: false },
      { name: 'Envelope Printer', isDefault: true },
    ]);
  });

  it('prints unscaled on the named paper with the SumatraPDF that pdf-to-printer ships', async () => {
    const { calls, system } = recording();
    await system.print({ file: 'C:\\tmp\\env.pdf', printer: 'Envelope Printer', media: mediaFor(684, 297), title: 'Envelope' });
    const [file, options] = calls[0]!;
    expect(file).toBe('C:\\tmp\\env.pdf');
    expect(options).toMatchObject({ printer: 'Envelope Printer', scale: 'noscale', paperSize: 'Envelope #10' });
    expect(fs.existsSync(options.sumatraPdfPath!)).toBe(true);
    expect(await helperPath()).toBe(options.sumatraPdfPath);
  });

  it('turns a failure into a message naming the printer', async () => {
    const { system } = recording(true);
    await expect(system.print({ file: 'x.pdf', printer: 'Office Laser', media: mediaFor(612, 792), title: 'Letter' })).rejects.toThrow(PrintError);
    await expect(system.print({ file: 'x.pdf', printer: 'Office Laser', media: mediaFor(612, 792), title: 'Letter' })).rejects.toThrow(
      'Printing to "Office Laser" failed: Access denied',
    );
  });
});

describe('CUPS printing', () => {
  it('says so when CUPS is not installed', async () => {
    const { cupsPrintSystem } = await import('../../../../../../electron/core/printing/print-system/cups-print-system');
    const system = cupsPrintSystem({ PATH: '/nonexistent' });
    await expect(system.listPrinters()).rejects.toThrow('The print system (CUPS) is not installed or not on the PATH.');
    await expect(system.print({ file: '/tmp/x.pdf', printer: 'PDF', media: mediaFor(612, 792), title: 'x' })).rejects.toThrow(PrintError);
  });
});
