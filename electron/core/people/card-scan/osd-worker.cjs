'use strict';
/**
 * The orientation thread: tesseract.js's own Node worker (orientation needs its legacy
 * engine build and osd data, which ocr-worker.cjs does not load), with its file and network
 * access replaced. Language data is read only from the @tesseract.js-data packages that
 * ship with the app (each in its own folder, which tesseract.js's single langPath cannot
 * express), nothing is ever written to a cache, and any attempt to fetch fails at once:
 * the engine runs with the network unplugged because it never asks for it.
 */
const fs = require('node:fs');
const { parentPort } = require('node:worker_threads');
const worker = require('tesseract.js/src/worker-script');
const getCore = require('tesseract.js/src/worker-script/node/getCore');
const gunzip = require('tesseract.js/src/worker-script/node/gunzip');
const { languageFile } = require('./ocr-language-file.cjs');

parentPort.on('message', (packet) => {
  worker.dispatchHandlers(packet, (obj) => parentPort.postMessage(obj));
});

worker.setAdapter({
  getCore,
  gunzip,
  fetch: async (url) => {
    throw new Error(`Afterword's OCR never uses the network (asked for ${url})`);
  },
  readCache: async (file) => fs.promises.readFile(languageFile(file)),
  writeCache: async () => {},
  deleteCache: async () => {},
  checkCache: async () => false,
});
