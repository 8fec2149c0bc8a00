import { expect } from '@open-wc/testing';
import { emit } from '../../../src/mijn-zaken/events.js';

describe('emit (src/mijn-zaken/events.ts): typed by event name', () => {
  it('fires a bubbling, composed event with the detail; false when cancelled', () => {
    const target = document.createElement('div');
    const seen: unknown[] = [];
    target.addEventListener('mijn-zaken-select', (event) => {
      // HTMLElementEventMap knows the detail's type: no cast.
      seen.push(event.detail.uuid, event.bubbles, event.composed);
      event.preventDefault();
    });
    expect(emit(target, 'mijn-zaken-select', { uuid: 'u', identificatie: null }, true)).to.equal(false);
    expect(seen).to.deep.equal(['u', true, true]);
    expect(emit(target, 'mijn-zaken-load', { view: 'overview', count: 1 })).to.equal(true);
  });

  it('a wrong name or detail does not compile (tsc -p tsconfig.test.json fails on an unused @ts-expect-error)', () => {
    const target = document.createElement('div');
    const fired: string[] = [];
    for (const name of ['mijn-zaken-loaded', 'mijn-zaken-load', 'mijn-zaken-error']) target.addEventListener(name, () => fired.push(name));
    // @ts-expect-error: no such event
    emit(target, 'mijn-zaken-loaded', { view: 'overview' });
    // @ts-expect-error: the load event's detail has no `uuid`
    emit(target, 'mijn-zaken-load', { uuid: 'u' });
    // @ts-expect-error: `kind` must be an error kind
    emit(target, 'mijn-zaken-error', { kind: 'oops' });
    emit(target, 'mijn-zaken-error', { kind: 'rejected', status: 400 });
    expect(fired, 'at run time they are plain events').to.deep.equal(['mijn-zaken-loaded', 'mijn-zaken-load', 'mijn-zaken-error', 'mijn-zaken-error']);
  });
});
