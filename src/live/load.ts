/** The live module, for the npm package (a bundler splits it off); the CDN build swaps in load.cdn.ts. */
export const loadLive = (): Promise<typeof import('./index.js')> => import('./index.js');
