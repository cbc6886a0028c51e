import { randomUUID } from 'node:crypto';
import { PrintError, type PrintSystem } from './print-system';

/** Inside a packaged app the helper program must run from the unpacked copy of the archive. */
export function unpackedPath(file: string): string {
  return file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** The SumatraPDF program pdf-to-printer ships, found beside its code, outside the asar archive. */
export async function helperPath(): Promise<string | null> {
  const { createRequire } = await import('node:module');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const dir = path.dirname(unpackedPath(createRequire(__filename).resolve('pdf-to-printer')));
  const exe = fs.readdirSync(dir).find((f) => /^SumatraPDF.*\.exe$/i.test(f));
  return exe ? path.join(dir, exe) : null;
}

/** The part of pdf-to-printer Afterword uses. */
export interface PdfToPrinter {
  getPrinters(): Promise<Array<{ name: string }>>;
  getDefaultPrinter(): Promise<{ name: string } | null>;
  print(pdf: string, options: { printer: string; scale: 'noscale'; paperSize?: string; sumatraPdfPath?: string }): Promise<void>;
}

async function loadPdfToPrinter(): Promise<PdfToPrinter> {
  const lib = await import('pdf-to-printer');
  return (lib as unknown as { default?: PdfToPrinter }).default ?? (lib as unknown as PdfToPrinter);
}

/**
 * Windows printing through pdf-to-printer (SumatraPDF underneath), loaded only on Windows.
 * Pages print at their own size (no scaling) on the named paper when Windows knows it.
 * pdf-to-printer runs SumatraPDF with execFile and an argument list, so a path in any
 * script or with spaces reaches it whole; SumatraPDF names the Windows job after the file.
 */
export function windowsPrintSystem(load: () => Promise<PdfToPrinter> = loadPdfToPrinter): PrintSystem {
  return {
    async listPrinters() {
      const lib = await load();
      const [printers, fallback] = await Promise.all([lib.getPrinters(), lib.getDefaultPrinter().catch(() => null)]);
      return printers.map((p) => ({ name: p.name, isDefault: p.name === fallback?.name }));
    },
    async print({ file, printer, media }) {
      const lib = await load();
      const sumatra = await helperPath();
      try {
        await lib.print(file, {
          printer,
          scale: 'noscale',
          ...(media.windows ? { paperSize: media.windows } : {}),
          ...(sumatra ? { sumatraPdfPath: sumatra } : {}),
        });
      } catch (error) {
        throw new PrintError(`Printing to "${printer}" failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { jobId: `windows-${randomUUID()}` };
    },
    // Windows keeps its spooler running as a service; a stopped one makes print() fail with SumatraPDF's message.
    serviceProblem: async () => null,
    // SumatraPDF returns once it has rendered every page into the Windows spooler, which is
    // as far as Afterword can follow a job there: handed to the printer's queue.
    jobStatus: async (jobIds) => new Map(jobIds.map((id) => [id, { state: 'completed' as const, detail: null }])),
  };
}
