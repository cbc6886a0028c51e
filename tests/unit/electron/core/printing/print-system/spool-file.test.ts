import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobTitle, spoolFileName, withSpoolFile } from '../../../../../../electron/core/printing/print-system/spool-file';

const ID = '1f066a7a-5f18-4c69-841e-bddecbac7ada';

describe('spool files', () => {
  it.each([
    ['Letter to José Martínez', 'afterword-letter-to-jose-martinez-'],
    ['Envelope to Ελένη Παπαδοπούλου', 'afterword-envelope-to-'],
    ['Labels for 王伟, 김민준', 'afterword-labels-for-'],
    ['Letter to محمد علي', 'afterword-letter-to-'],
    ['Afterword calibration page', 'afterword-afterword-calibration-page-'],
    ['  ', 'afterword-'],
    ['../../etc/passwd; rm -rf ~ "$(x)"', 'afterword-etc-passwd-rm-rf-x-'],
  ])('names "%s" with ASCII letters, digits and "-" only', (title, start) => {
    const name = spoolFileName(title, ID);
    expect(name).toBe(`${start}${ID}.pdf`);
    expect(name).toMatch(/^[A-Za-z0-9-]+\.pdf$/);
  });

  it('keeps the name short and the id whole, and drops anything odd from an id', () => {
    expect(spoolFileName('Labels for ' + 'Zoë Ångström, '.repeat(20), ID).length).toBeLessThanOrEqual('afterword-'.length + 41 + ID.length + 4);
    expect(spoolFileName('Letter', 'a b/../c')).toBe('afterword-letter-abc.pdf');
  });

  it('writes the file for the job, then removes it and its folder', async () => {
    let seen = '';
    const result = await withSpoolFile(new Uint8Array([37, 80, 68, 70]), 'Letter to Zoë', ID, async (file) => {
      seen = file;
      expect(fs.readFileSync(file, 'latin1')).toBe('%PDF');
      return 'sent';
    });
    expect(result).toBe('sent');
    expect(path.basename(seen)).toBe(`afterword-letter-to-zoe-${ID}.pdf`);
    expect(fs.existsSync(path.dirname(seen))).toBe(false);
  });

  it('removes the file when the print system refuses it', async () => {
    let seen = '';
    await expect(
      withSpoolFile(new Uint8Array([1]), 'x', ID, async (file) => {
        seen = file;
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(fs.existsSync(seen)).toBe(false);
  });

  it('gives the print service a one-line title of at most 120 characters', () => {
    expect(jobTitle('Letter to José Martínez')).toBe('Letter to José Martínez');
    expect(jobTitle('Labels for A\nB')).toBe('Labels for A B');
    const long = jobTitle('Labels for ' + 'Ελένη, '.repeat(40));
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
