'use strict';
/**
 * Where a shipped language's data is: 'afterword-languages/eng.traineddata.gz' (the name
 * tesseract.js asks for) or the bare code, to the file in @tesseract.js-data/<code>. Both OCR
 * threads read language data only through this, and only from the packages that ship with
 * the app. LSTM models come from 4.0.0_best_int; osd (orientation) exists only for the
 * legacy engine, in 4.0.0.
 */
const path = require('node:path');

function languageFile(requested) {
  const m = /^(?:afterword-languages\/)?([a-z_]+)(?:\.traineddata\.gz)?$/.exec(requested.replace(/\\/g, '/'));
  if (!m) throw new Error(`Afterword reads only its own language data, not ${requested}`);
  const code = m[1];
  const dir = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
  return path.join(dir, code === 'osd' ? '4.0.0' : '4.0.0_best_int', `${code}.traineddata.gz`);
}

module.exports = { languageFile };
