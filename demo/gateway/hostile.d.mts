// Types for hostile.mjs, so the TypeScript browser tests can import the payload corpus.
export declare const CANARY: '__mzCanary';
export declare const HOSTILE_TEXTS: readonly string[];
export declare const HOSTILE_URLS: readonly string[];
export declare function injectHostile(value: unknown, options: { payload: number | 'all'; urls: 'keep' | 'replace' }): unknown;
export declare function hash32(text: string): number;
export declare function prng(seed: number): () => number;
export declare function shuffleDelay(seed: number, pathAndQuery: string, max: number): number;
export declare function mutateBody(value: unknown, seed: number, pathAndQuery: string): unknown;
