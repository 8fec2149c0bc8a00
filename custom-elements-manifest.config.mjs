// Custom Elements Manifest for the npm package (written to ./custom-elements.json by `npm run build`).
// custom-elements.json is a build output like dist/: git-ignored, shipped through package.json `files`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; don't let the analyzer rewrite it.
  packagejson: false,
  dev: false,
};
