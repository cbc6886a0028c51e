import { randomUUID } from 'node:crypto';
import type { OutputOf } from '../../../shared/api/contract';
import type { LabelSheetId } from '../../../shared/api/settings/schemas';
import { layoutCalibrationPage } from '../../../shared/print/calibration-page';
import { labelSheet } from '../../../shared/print/label-sheet';
import type { Page } from '../../../shared/print/page-model';
import { InvalidInputError } from '../core-errors';
import type { Repositories } from '../repositories';
import { writePdf } from './pdf/pdf-writer';
import { mediaFor } from './print-system/media';
import { PrintError, type PrintSystem } from './print-system/print-system';
import { withSpoolFile } from './print-system/spool-file';

/** The printers on this computer, and each one's calibration: the page to measure and the offsets measured. */
export function printers(repos: Pick<Repositories, 'settings' | 'printerOffsets'>, printSystem: PrintSystem) {
  const { settings, printerOffsets: offsets } = repos;

  /** The calibration page for this printer, on the chosen label sheet or the one in Settings. */
  function calibrationPage(printer: string, sheet: LabelSheetId | null): Page {
    const s = settings.get();
    return layoutCalibrationPage(labelSheet(sheet ?? s.labelSheet, s.customLabelSheet), printer, offsets.get(printer));
  }
  const calibrationPdf = (page: Page) => writePdf([page], { title: 'Calibration page' });

  return {
    async list(): Promise<OutputOf<'printers.list'>> {
      try {
        const problem = await printSystem.serviceProblem();
        if (problem) return { printers: [], problem };
        const printers = await printSystem.listPrinters();
        return { printers, problem: printers.length === 0 ? 'No printers are set up on this computer. You can still use "Export PDF".' : null };
      } catch (error) {
        return { printers: [], problem: error instanceof Error ? error.message : String(error) };
      }
    },
    offset: (printer: string) => ({ printer, ...offsets.get(printer) }),
    setOffset(printer: string, xMm: number, yMm: number) {
      offsets.set(printer, xMm, yMm);
      return { printer, ...offsets.get(printer) };
    },
    async calibrationPreview(printer: string, sheet: LabelSheetId | null) {
      return { pdfBase64: (await calibrationPdf(calibrationPage(printer, sheet))).toString('base64'), pageCount: 1 };
    },
    async printCalibration(printer: string, sheet: LabelSheetId | null): Promise<{ printed: true }> {
      const page = calibrationPage(printer, sheet);
      try {
        const problem = await printSystem.serviceProblem();
        if (problem) throw new PrintError(problem);
        const bytes = await calibrationPdf(page);
        const title = 'Afterword calibration page';
        await withSpoolFile(bytes, title, randomUUID(), (file) => printSystem.print({ file, printer, media: mediaFor(page.width, page.height), title }));
      } catch (error) {
        if (error instanceof PrintError) throw new InvalidInputError('printer', error.message);
        throw error;
      }
      return { printed: true };
    },
  };
}
