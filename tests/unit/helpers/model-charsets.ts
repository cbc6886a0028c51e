import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

const require = createRequire(__filename);
const root = path.resolve(__dirname, '../../..');
const { charsetOf } = require(path.join(root, 'electron/core/people/card-scan/traineddata.cjs')) as { charsetOf: (data: Uint8Array) => string[] };
const { languageFile } = require(path.join(root, 'electron/core/people/card-scan/ocr-language-file.cjs')) as { languageFile: (code: string) => string };

/** The letters each shipped model can write, read from its real traineddata. */
export function modelCharset(code: string): ReadonlySet<string> {
  return new Set(charsetOf(zlib.gunzipSync(fs.readFileSync(languageFile(code)))));
}
