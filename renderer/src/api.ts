import type { Api } from '../../shared/api/contract';

declare global {
  interface Window {
    readonly api: Api;
  }
}

/** The typed bridge to the core; the only way the UI reaches data. */
export const api: Api = window.api;
