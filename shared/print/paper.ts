import { inch, mm } from './page-model';

export const paperSizes = ['letter', 'a4'] as const;
export type PaperSize = (typeof paperSizes)[number];

export function paperSizePt(paper: PaperSize): { width: number; height: number } {
  return paper === 'letter' ? { width: inch(8.5), height: inch(11) } : { width: mm(210), height: mm(297) };
}
