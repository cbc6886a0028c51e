import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontKeys, fontPath, packageDir } from '../../../../../../electron/core/printing/pdf/fonts';

type Filter = (file: string, stat: fs.Stats & { moduleFullFilePath: string }) => boolean;

// electron-builder's own config reader and node_modules file matcher: what they keep is what the installers pack.
const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config') as { getConfig(projectDir: string): Promise<Record<string, unknown>> };
const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformOptions: object,
    packager: { config: Record<string, unknown>; debugLogger: { isEnabled: boolean } },
  ): { createFilter(): Filter };
};

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('fonts in the installers', () => {
  it('ship exactly the font files the PDF writer loads: one weight each, no previews', async () => {
    const root = process.cwd();
    const config = await getConfig(root);
    const filter = getNodeModuleFileMatcher(root, path.join(root, 'app'), (s) => s, {}, { config, debugLogger: { isEnabled: false } }).createFilter();
    const shipped: string[] = [];
    for (const pkg of new Set(Object.values(FONT_FILES).map((f) => f.pkg))) {
      const dir = packageDir(pkg);
      for (const file of filesUnder(dir)) {
        const moduleFullFilePath = ['node_modules', pkg, ...path.relative(dir, file).split(path.sep)].join('/');
        if (filter(file, Object.assign(fs.lstatSync(file), { moduleFullFilePath }))) shipped.push(file);
      }
    }
    expect(shipped.filter((f) => /\.(ttf|otf)$/i.test(f)).sort()).toEqual(fontKeys.map(fontPath).sort());
    expect(shipped.filter((f) => /\.(png|jpe?g)$/i.test(f))).toEqual([]);
    // The packages' licences go along with the fonts (SIL Open Font License).
    for (const pkg of new Set(Object.values(FONT_FILES).map((f) => f.pkg)))
      expect(shipped.some((f) => f.startsWith(path.join(packageDir(pkg), 'LICENSE')))).toBe(true);
  });
});
