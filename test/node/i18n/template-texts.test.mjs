// Every text the element shows comes from src/i18n: no words written straight into an html`` or svg``
// template in src/views or src/mijn-zaken. Found with the TypeScript parser, not a regex over code:
// each template's literal parts are joined (expressions become a placeholder), tags are removed, and
// what is left must hold no letters. Text-bearing attributes (aria-label, title, alt, placeholder)
// must be expressions too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dirs = ['src/views', 'src/mijn-zaken', 'src/acts'];
const files = dirs.flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.styles.ts'))
    .map((name) => join(root, dir, name)),
);

/** `{ file, line, text }` for every html``/svg`` template, its expressions as `\u0000`. */
function templates(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(source))) {
      const template = node.template;
      const text = ts.isNoSubstitutionTemplateLiteral(template)
        ? template.text
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join('\u0000');
      found.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Letters outside tags, and literal text in text-bearing attributes. */
function writtenText({ text }) {
  const problems = [];
  for (const [, value] of text.matchAll(/\s(?:aria-label|title|alt|placeholder)=["']?([^"'\u0000\s>]+)/g)) problems.push(`attribute: ${value}`);
  const outside = text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ');
  for (const chunk of outside.split('\u0000')) if (/\p{L}/u.test(chunk)) problems.push(`text: ${chunk.trim()}`);
  return problems;
}

describe('visible text comes from the catalogue (src/i18n)', () => {
  it('finds the templates it checks', () => {
    const all = files.flatMap(templates);
    assert.ok(files.some((file) => file.endsWith('detail.view.ts')));
    assert.ok(all.length > 30, `only ${all.length} templates found`);
  });

  it('the scan catches written text, so it can fail', () => {
    assert.deepEqual(writtenText({ text: '<p>Uw zaak\u0000</p>' }), ['text: Uw zaak']);
    assert.deepEqual(writtenText({ text: '<nav aria-label="Pagina’s">\u0000</nav>' }), ['attribute: Pagina’s']);
    assert.deepEqual(writtenText({ text: '<p class="x" aria-label=\u0000>(\u0000)</p>' }), []);
  });

  for (const file of files) {
    it(relative(root, file), () => {
      const problems = templates(file).flatMap((template) => writtenText(template).map((problem) => `${template.file}:${template.line} ${problem}`));
      assert.deepEqual(problems, []);
    });
  }
});
