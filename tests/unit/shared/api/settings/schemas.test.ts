import { describe, expect, it } from 'vitest';
import { settingsPatch, type CustomLabelSheet } from '../../../../../shared/api/settings/schemas';

const L7160: CustomLabelSheet = {
  paper: 'a4',
  columns: 3,
  rows: 7,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  topMarginMm: 15.15,
  leftMarginMm: 7.2,
  horizontalPitchMm: 66.04,
  verticalPitchMm: 38.1,
};

function problem(sheet: CustomLabelSheet): { field: string; message: string } | null {
  const r = settingsPatch.safeParse({ customLabelSheet: sheet });
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return { field: issue.path.join('.'), message: issue.message };
}

describe('custom label sheet', () => {
  it('accepts a real sheet (Avery L7160 as printed on its box)', () => {
    expect(problem(L7160)).toBeNull();
  });

  it('refuses labels wider or taller than their pitch, naming the field', () => {
    expect(problem({ ...L7160, labelWidthMm: 70 })).toMatchObject({
      field: 'customLabelSheet.labelWidthMm',
      message: expect.stringMatching(/^Label width \(70 mm\) must not be more than the horizontal pitch \(66.04 mm\)/),
    });
    expect(problem({ ...L7160, rows: 2, labelHeightMm: 40 })).toMatchObject({
      field: 'customLabelSheet.labelHeightMm',
      message: expect.stringMatching(/^Label height/),
    });
    // One column or row has no neighbour to overlap.
    expect(problem({ ...L7160, columns: 1, labelWidthMm: 190 })).toBeNull();
  });

  it('refuses a grid that runs off the paper, naming columns or rows', () => {
    expect(problem({ ...L7160, columns: 4 })).toMatchObject({
      field: 'customLabelSheet.columns',
      message: expect.stringContaining('past the 210 mm width of A4 paper'),
    });
    expect(problem({ ...L7160, topMarginMm: 35 })).toMatchObject({
      field: 'customLabelSheet.rows',
      message: expect.stringContaining('past the 297 mm height of A4 paper'),
    });
    // An A4 sheet is taller than Letter paper.
    expect(problem({ ...L7160, paper: 'letter' })).toMatchObject({
      field: 'customLabelSheet.rows',
      message: expect.stringContaining('past the 279.4 mm height of Letter paper'),
    });
  });
});
