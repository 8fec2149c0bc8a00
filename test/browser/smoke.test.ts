import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs in Europe/Amsterdam', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Amsterdam');
  });
});
