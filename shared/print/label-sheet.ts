import { inch, mm, type HanLanguage, type Measure, type Page, type TextItem } from './page-model';
import { paperSizePt, type PaperSize } from './paper';
import { blockStarts } from './text-direction';
import { wrapText } from './text-wrap';

export const labelSheetIds = ['avery-5160', 'avery-l7160', 'custom'] as const;
export type LabelSheetId = (typeof labelSheetIds)[number];

/** A label sheet described the way label makers print it on the box, in millimetres. */
export interface CustomLabelSheet {
  paper: PaperSize;
  columns: number;
  rows: number;
  labelWidthMm: number;
  labelHeightMm: number;
  topMarginMm: number;
  leftMarginMm: number;
  horizontalPitchMm: number;
  verticalPitchMm: number;
}

/** A sheet of labels in points: where the first label sits and how far apart they are. */
export interface LabelSheet {
  name: string;
  paper: PaperSize;
  columns: number;
  rows: number;
  labelWidth: number;
  labelHeight: number;
  top: number;
  left: number;
  horizontalPitch: number;
  verticalPitch: number;
}

export const AVERY_5160: LabelSheet = {
  name: 'Avery 5160',
  paper: 'letter',
  columns: 3,
  rows: 10,
  labelWidth: inch(2.625),
  labelHeight: inch(1),
  top: inch(0.5),
  left: inch(0.1875),
  horizontalPitch: inch(2.75),
  verticalPitch: inch(1),
};

export const AVERY_L7160: LabelSheet = {
  name: 'Avery L7160',
  paper: 'a4',
  columns: 3,
  rows: 7,
  labelWidth: mm(63.5),
  labelHeight: mm(38.1),
  top: mm(15.15),
  left: mm(7.2),
  horizontalPitch: mm(66.04),
  verticalPitch: mm(38.1),
};

export function labelSheet(id: LabelSheetId, custom: CustomLabelSheet): LabelSheet {
  if (id === 'avery-5160') return AVERY_5160;
  if (id === 'avery-l7160') return AVERY_L7160;
  return {
    name: 'Custom sheet',
    paper: custom.paper,
    columns: custom.columns,
    rows: custom.rows,
    labelWidth: mm(custom.labelWidthMm),
    labelHeight: mm(custom.labelHeightMm),
    top: mm(custom.topMarginMm),
    left: mm(custom.leftMarginMm),
    horizontalPitch: mm(custom.horizontalPitchMm),
    verticalPitch: mm(custom.verticalPitchMm),
  };
}

export interface Cell {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Cells for `count` labels, filling rows left to right from label `startAt` (1-based) of
 * the first sheet, so a partly used sheet can go through the printer again.
 */
export function labelCells(sheet: LabelSheet, count: number, startAt = 1): Cell[] {
  const perSheet = sheet.columns * sheet.rows;
  const first = Math.min(Math.max(1, Math.floor(startAt)), perSheet) - 1;
  const cells: Cell[] = [];
  for (let i = 0; i < count; i++) {
    const slot = first + i;
    const page = Math.floor(slot / perSheet);
    const onPage = slot % perSheet;
    const row = Math.floor(onPage / sheet.columns);
    const col = onPage % sheet.columns;
    cells.push({ page, x: sheet.left + col * sheet.horizontalPitch, y: sheet.top + row * sheet.verticalPitch, w: sheet.labelWidth, h: sheet.labelHeight });
  }
  return cells;
}

/** Inner padding: printers place a sheet a little off, so text keeps clear of the die cut. */
const PAD_X = inch(0.1);
const PAD_Y = inch(0.05);

/** Below this, an address on a label is hard to read and the post may not read it at all. */
export const MIN_LABEL_SIZE = 7;

/**
 * Sets the lines in a cell, centred vertically, as large as fits from 11 pt down to 7 pt,
 * long lines wrapped within the cell first; `fits` is false when even 7 pt overflows.
 */
export function fitLabelText(lines: string[], cell: Cell, measure: Measure, lang?: HanLanguage): { items: TextItem[]; fits: boolean } {
  const innerW = cell.w - 2 * PAD_X;
  const innerH = cell.h - 2 * PAD_Y;
  let size = 11;
  let wrapped = lines;
  let fits = false;
  for (; size >= MIN_LABEL_SIZE; size -= 0.25) {
    const s = size;
    wrapped = lines.flatMap((l) => wrapText(l, innerW, s, 'sans', measure));
    if (wrapped.length * size * 1.15 <= innerH) {
      fits = true;
      break;
    }
  }
  size = Math.max(size, MIN_LABEL_SIZE);
  const lineHeight = size * 1.15;
  const height = wrapped.length * lineHeight;
  // When it does not fit, start at the top of the cell rather than above it.
  let baseline = cell.y + PAD_Y + Math.max(0, (innerH - height) / 2) + size * 0.95;
  const starts = blockStarts(wrapped, cell.x + PAD_X, (l) => measure(l, size, 'sans'));
  const items = wrapped.map((text, i) => {
    const item: TextItem = { kind: 'text', text, x: starts[i]!, y: baseline, size, font: 'sans', lang };
    baseline += lineHeight;
    return item;
  });
  return { items, fits };
}

export interface LabelsInput {
  sheet: LabelSheet;
  addresses: string[][];
  /** The language of each address's Han characters, where known. */
  languages?: Array<HanLanguage | undefined>;
  startAt: number;
  offset?: { x: number; y: number };
  /** Calibration: draw every cell outline. */
  outlines?: boolean;
}

export function layoutLabels(input: LabelsInput, measure: Measure): Page[] {
  const paper = paperSizePt(input.sheet.paper);
  const cells = labelCells(input.sheet, input.addresses.length, input.startAt);
  const perSheet = input.sheet.columns * input.sheet.rows;
  const pageCount = Math.max(1, (cells.at(-1)?.page ?? 0) + 1);
  const pages: Page[] = Array.from({ length: pageCount }, () => ({
    width: paper.width,
    height: paper.height,
    items: [],
    transform: { quarterTurns: 0, dx: input.offset?.x ?? 0, dy: input.offset?.y ?? 0 },
  }));
  // The sheet can change in Settings after "Start at label" was set for another one.
  if (input.startAt > perSheet)
    pages[0]!.problems = [
      `Start at label ${input.startAt} is past the ${perSheet} labels on a sheet of ${input.sheet.name}; printing from label ${perSheet}. Change "Start at label".`,
    ];
  cells.forEach((cell, i) => {
    const lines = input.addresses[i] ?? [];
    const { items, fits } = fitLabelText(lines, cell, measure, input.languages?.[i]);
    const page = pages[cell.page]!;
    page.items.push(...items);
    if (!fits) {
      const who = lines[0] ?? 'one person';
      page.problems = [
        ...(page.problems ?? []),
        `The address of ${who} does not fit on one label of ${input.sheet.name} even at ${MIN_LABEL_SIZE} pt; shorten it, or use an envelope.`,
      ];
    }
  });
  if (input.outlines) {
    for (const page of pages) {
      for (const cell of labelCells(input.sheet, input.sheet.columns * input.sheet.rows, 1)) {
        page.items.push({ kind: 'rect', x: cell.x, y: cell.y, w: cell.w, h: cell.h, width: 0.5, dash: true });
      }
    }
  }
  return pages;
}
