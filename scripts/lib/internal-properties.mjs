// Short names for the bundle's internal property names (vite.config.ts: the CDN bundle only).
//
// `messages.documentsFailed`, `step.hiddenFromResidents`, `context.onShowAllSubSteps`: names that
// the minifier cannot shorten because they are properties. Renaming one is safe only when every
// use of it is inside the bundle and written as a plain property (`a.name`, `{ name }`), never
// as a string. So a name is renamed only when both hold:
//
//   1. it is declared in a type of INTERNAL_TYPE_FILES: message catalogues, formatters, view
//      models, view contexts, loader data. Values of these types never leave the bundle: not to
//      the page (events carry events.ts types), not to the other copy of the element on the page
//      (the shared state holds ZGW answers and elements), not to JSON;
//   2. it is in none of the vocabularies the bundle shares with the outside world: the DOM and
//      ECMAScript (every identifier and literal of TypeScript's lib files), Lit's production modules, the ZGW APIs (the vendored specs and zgw.ts), the
//      public API (events.ts, errors.ts, and every class member in src/: the element's properties
//      and methods, which the other copy on the page may call), and every word in a string or
//      template literal of the bundle (computed access, `in`, `changed.has('…')`, Lit bindings).
//
// A name that fails 2 keeps its name; the build prints what was renamed.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { Visitor, minifySync, parseSync } from 'vite';
import { repoRoot } from './bundle-checks.mjs';

const require = createRequire(import.meta.url);

/** Files whose declared property names may be renamed (see 1. above). Paths from the repository root. */
export const INTERNAL_TYPE_FILES = Object.freeze([
  'src/i18n/messages.ts',
  'src/i18n/format.ts',
  'src/model/view-model.ts',
  'src/model/overview.ts',
  'src/model/timeline.ts',
  'src/model/documents.ts',
  'src/model/zaak-detail.ts',
  'src/gateway/load-zaak.ts',
  'src/views/detail.view.ts',
  'src/views/overview.view.ts',
  'src/views/status.view.ts',
  'src/views/timeline.view.ts',
]);

/**
 * Classes whose instances stay inside one copy of the bundle (an element's gateway client and its
 * request line; the element's controllers, held in #private fields): their members qualify too.
 * Every other class's members keep their names: the element's, GatewayError's, and HashNavigation's
 * (`followHash` is called by the other copies on the page, through the shared list of candidates).
 */
export const INTERNAL_CLASSES = Object.freeze({
  'src/gateway/client.ts': ['GatewayClient', 'RequestQueue'],
  'src/controllers/capabilities.ts': ['ActsHook'],
  'src/controllers/downloads.ts': ['DownloadController'],
  'src/controllers/focus.ts': ['FocusController'],
  'src/controllers/language.ts': ['LanguageController'],
  'src/controllers/live-region.ts': ['LiveRegion'],
  'src/controllers/loader.ts': ['LoadTask', 'Loader'],
  'src/controllers/overview-browsing.ts': ['OverviewBrowsing'],
  'src/controllers/overview-loader.ts': ['OverviewLoader'],
  'src/controllers/retry.ts': ['RetryController'],
  'src/controllers/steps.ts': ['StepsController'],
  'src/controllers/zaak-loader.ts': ['ZaakLoader'],
});

/** Types of values that every copy of the element on the page shares (on `globalThis`): their names keep. */
const SHARED_TYPES = { 'src/gateway/client.ts': ['SharedState'] };

/** Files that describe what crosses the bundle's edge: every word in them keeps its name. */
const EXTERNAL_TYPE_FILES = ['src/model/zgw.ts', 'src/mijn-zaken/events.ts', 'src/gateway/errors.ts'];

const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const words = (text) => text.match(/[A-Za-z_$][\w$]*/g) ?? [];
const read = (file) => readFileSync(file, 'utf8');
const filesUnder = (dir, pattern) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));

function sourceFile(file) {
  return ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
}

function visit(node, callback) {
  callback(node);
  ts.forEachChild(node, (child) => visit(child, callback));
}

const memberNames = (node) =>
  node.members.flatMap((member) => (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? [member.name.text] : []));

/** The declarations named `names` in `file`, each found (a renamed class must be renamed here too). */
function declarations(file, names, isKind) {
  const found = new Map();
  visit(sourceFile(join(repoRoot, file)), (node) => {
    if (isKind(node) && node.name && names.includes(node.name.text)) found.set(node.name.text, node);
  });
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`internal-properties: ${file} declares no ${missing.join(', ')}`);
  return [...found.values()];
}

/** Property names declared in interfaces and object types of `files`, and the members of INTERNAL_CLASSES. */
export function declaredPropertyNames(files = INTERNAL_TYPE_FILES) {
  const names = new Set();
  for (const file of files) {
    visit(sourceFile(join(repoRoot, file)), (node) => {
      if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && ts.isIdentifier(node.name)) names.add(node.name.text);
    });
  }
  for (const [file, classes] of Object.entries(INTERNAL_CLASSES)) {
    for (const node of declarations(file, classes, ts.isClassDeclaration)) for (const name of memberNames(node)) names.add(name);
  }
  return names;
}

/** Every name that must keep its spelling, whatever the bundle (2. above, without the bundle's strings). */
function outsideVocabulary() {
  const vocabulary = new Set();
  const addWords = (text) => {
    for (const word of words(text)) vocabulary.add(word);
  };
  // The DOM's and ECMAScript's names: every identifier in TypeScript's lib files (not their comments).
  const tsLib = dirname(require.resolve('typescript/lib/lib.d.ts'));
  for (const file of filesUnder(tsLib, /^lib\.(?:es\d+|es20\d\d|esnext|dom)[\w.]*\.d\.ts$/)) {
    visit(sourceFile(file), (node) => {
      if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isLiteralKind(node.kind) || ts.isTemplateLiteralKind(node.kind)) addWords(node.text);
    });
  }
  // Lit's production modules, the ones bundled (development/ and node/ builds only add warnings).
  for (const name of LIT_PACKAGES) {
    const dir = join(repoRoot, 'node_modules', name);
    for (const file of filesUnder(dir, /\.js$/).filter((file) => !/[/\\](?:development|node)[/\\]/.test(file))) addWords(read(file));
  }
  for (const file of filesUnder(join(repoRoot, 'spec'), /\.ya?ml$/)) addWords(read(file));
  for (const file of EXTERNAL_TYPE_FILES) addWords(read(join(repoRoot, file)));
  for (const [file, types] of Object.entries(SHARED_TYPES)) {
    for (const node of declarations(file, types, ts.isInterfaceDeclaration)) addWords(node.getText());
  }
  const internalClasses = new Set(Object.values(INTERNAL_CLASSES).flat());
  for (const file of filesUnder(join(repoRoot, 'src'), /\.ts$/)) {
    visit(sourceFile(file), (node) => {
      if (ts.isClassLike(node) && !internalClasses.has(node.name?.text)) for (const name of memberNames(node)) vocabulary.add(name);
    });
  }
  return vocabulary;
}

/** The words in the bundle's string and template literals, and the property names it uses. */
function bundleNames(code) {
  const strings = new Set();
  const properties = new Set();
  const key = (node) => {
    if (!node.computed && node.key?.type === 'Identifier') properties.add(node.key.name);
  };
  new Visitor({
    Literal(node) {
      if (typeof node.value === 'string') for (const word of words(node.value)) strings.add(word);
    },
    TemplateElement(node) {
      for (const word of words(node.value.cooked ?? node.value.raw)) strings.add(word);
    },
    MemberExpression(node) {
      if (!node.computed && node.property.type === 'Identifier') properties.add(node.property.name);
    },
    Property: key,
    MethodDefinition: key,
    PropertyDefinition: key,
  }).visit(parseSync('bundle.js', code).program);
  return { strings, properties };
}

/** The internal names `code` uses as properties: those it may rename, and those it must keep. */
export function internalPropertyNames(code) {
  const outside = outsideVocabulary();
  const { strings, properties } = bundleNames(code);
  const renamed = [];
  const kept = [];
  for (const name of [...declaredPropertyNames(INTERNAL_TYPE_FILES)].sort()) {
    if (properties.has(name)) (outside.has(name) || strings.has(name) ? kept : renamed).push(name);
  }
  return { renamed, kept, properties };
}

/**
 * `code` (the minified bundle) with its internal property names shortened. Nothing else changes:
 * no compression or identifier mangling, comments kept. New names never equal a property name the
 * bundle already uses.
 */
export function shortenInternalProperties(code) {
  const { renamed, properties } = internalPropertyNames(code);
  if (renamed.length === 0) return { code, renamed };
  const result = minifySync('mijn-zaken.js', code, {
    module: true,
    compress: false,
    mangle: false,
    codegen: { legalComments: 'inline' },
    mangleProps: {
      include: new RegExp(`^(?:${renamed.join('|')})$`),
      reserved: [...properties].filter((name) => !renamed.includes(name)),
    },
  });
  if (result.errors.length > 0) throw new Error(`shortenInternalProperties: ${result.errors[0].message}`);
  return { code: result.code, renamed };
}
