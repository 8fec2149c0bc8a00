// Custom Elements Manifest for the npm package (written to ./custom-elements.json by `npm run build`).
// custom-elements.json is a build output like dist/: git-ignored, shipped through package.json `files`.

/**
 * The analyzer reads `static properties` without Lit's `state: true` and sees the generic
 * `emit(type, …)` helper as an event named `type`: drop internal state from the attributes, and
 * events that are not documented ones.
 */
function publicApiOnly() {
  return {
    name: 'mijn-zaken:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !privateFields.has(attribute.fieldName ?? attribute.name) && attribute.name === attribute.name.toLowerCase(),
          );
          declaration.events = (declaration.events ?? []).filter((event) => event.name.startsWith('mijn-zaken-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; don't let the analyzer rewrite it.
  packagejson: false,
  dev: false,
  plugins: [publicApiOnly()],
};
