/**
 * The CDN build's loader (vite.config.ts puts it in place of load.ts): dist/mijn-zaken-live.js from the
 * directory of the script itself (CONTRACT 1), never from another host.
 */
export const loadLive = (): Promise<typeof import('./index.js')> =>
  import(/* @vite-ignore */ new URL('./mijn-zaken-live.js', import.meta.url).href) as Promise<typeof import('./index.js')>;
