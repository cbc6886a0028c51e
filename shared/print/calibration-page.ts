import { labelCells, type LabelSheet } from './label-sheet';
import { mm, type DrawItem, type Page } from './page-model';
import { paperSizePt } from './paper';

/**
 * A test page for one printer: millimetre rulers along the top and left edges and every
 * label cell outlined where Afterword will print it. Held against a blank label sheet (or
 * the printed page measured with the rulers), it shows how far the printer places things
 * off; those millimetres, saved for the printer, move envelopes and labels back.
 */
export function layoutCalibrationPage(sheet: LabelSheet, printerName: string, offset: { xMm: number; yMm: number }): Page {
  const { width, height } = paperSizePt(sheet.paper);
  const items: DrawItem[] = [];
  const widthMm = Math.floor(width / mm(1));
  const heightMm = Math.floor(height / mm(1));
  for (let i = 0; i <= widthMm; i++) {
    const long = i % 10 === 0 ? 6 : i % 5 === 0 ? 4 : 2;
    items.push({ kind: 'line', x1: mm(i), y1: 0, x2: mm(i), y2: mm(long), width: 0.4 });
    if (i % 10 === 0 && i > 0) items.push({ kind: 'text', text: String(i), x: mm(i) + 1, y: mm(9), size: 6, font: 'sans' });
  }
  for (let i = 0; i <= heightMm; i++) {
    const long = i % 10 === 0 ? 6 : i % 5 === 0 ? 4 : 2;
    items.push({ kind: 'line', x1: 0, y1: mm(i), x2: mm(long), y2: mm(i), width: 0.4 });
    if (i % 10 === 0 && i > 0) items.push({ kind: 'text', text: String(i), x: mm(7), y: mm(i) + 2, size: 6, font: 'sans' });
  }
  const cells = labelCells(sheet, sheet.columns * sheet.rows, 1);
  cells.forEach((cell, i) => {
    items.push({ kind: 'rect', x: cell.x, y: cell.y, w: cell.w, h: cell.h, width: 0.5, dash: true });
    if (i === 0) return; // the first cell holds the instructions
    items.push({ kind: 'line', x1: cell.x + cell.w / 2 - 6, y1: cell.y + cell.h / 2, x2: cell.x + cell.w / 2 + 6, y2: cell.y + cell.h / 2, width: 0.4 });
    items.push({ kind: 'line', x1: cell.x + cell.w / 2, y1: cell.y + cell.h / 2 - 6, x2: cell.x + cell.w / 2, y2: cell.y + cell.h / 2 + 6, width: 0.4 });
  });
  const note = [
    `Calibration page for ${printerName} · ${sheet.name}`,
    `Offset now: ${offset.xMm.toFixed(1)} mm right, ${offset.yMm.toFixed(1)} mm down.`,
    'Hold it on a blank sheet against the light.',
    'Outlines right of the labels: lower "Move right".',
    'Outlines below the labels: lower "Move down".',
  ];
  const first = cells[0]!;
  const size = Math.min(6, (first.h - mm(4)) / (note.length * 1.25));
  note.forEach((text, i) => items.push({ kind: 'text', text, x: first.x + mm(10), y: first.y + mm(2) + size + i * size * 1.25, size, font: 'sans' }));
  return { width, height, items, transform: { quarterTurns: 0, dx: mm(offset.xMm), dy: mm(offset.yMm) } };
}
