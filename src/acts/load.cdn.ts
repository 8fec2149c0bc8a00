/**
 * The CDN build's loader (vite.config.ts puts it in place of load.ts): dist/mijn-zaken-acts.js from the
 * directory of the script itself (CONTRACT 1), never from another host.
 */
export const loadActs = (): Promise<typeof import('./index.js')> =>
  import(/* @vite-ignore */ new URL('./mijn-zaken-acts.js', import.meta.url).href) as Promise<typeof import('./index.js')>;
