// One story per state of <mijn-zaken>, on the mock gateway's demo data (demo/gateway/fixtures.mjs).
// Switch themes with the "Thema" toolbar button.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface Args {
  gateway: string;
  zaak: string;
  headingLevel: number;
  audience: 'inwoner' | 'medewerker';
}

const GATEWAY = '/api/zgw';

const meta: Meta<Args> = {
  title: 'mijn-zaken',
  args: { gateway: GATEWAY, zaak: '', headingLevel: 2, audience: 'inwoner' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['inwoner', 'medewerker'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ gateway, zaak, headingLevel, audience }) =>
    html`<mijn-zaken gateway=${gateway} zaak=${zaak || nothing} heading-level=${headingLevel} audience=${audience} navigation="none">
      <p slot="help">Vragen? Bel 14 0123, maandag tot en met vrijdag van 8.00 tot 17.00 uur.</p>
    </mijn-zaken>`,
};
export default meta;

type Story = StoryObj<Args>;
const zaak = (identificatie: string): Story => ({ args: { zaak: identificatie } });
const failing = (scenario: string, identificatie = 'ZAAK-2026-0000123'): Story => ({
  args: { gateway: `${GATEWAY}/${scenario}`, zaak: identificatie },
});

export const Loading: Story = failing('hang=1');
export const Overview: Story = {};
export const OverviewList: Story = { name: 'Overview, 27 zaken (list with search)', args: { gateway: `${GATEWAY}/resident=many` } };
export const Empty: Story = { name: 'Overview, no zaken', args: { gateway: `${GATEWAY}/resident=none` } };

export const RunningWithSubSteps: Story = { name: 'Subsidie geluidsisolatie (sub-steps)', ...zaak('ZAAK-2026-0000789') };
export const MidWay: Story = { name: 'Bezwaar WOZ (mid-way)', ...zaak('ZAAK-2026-0000123') };
export const Closed: Story = { name: 'Closed zaak', ...zaak('ZAAK-2026-0000311') };
export const Documents: Story = { name: 'Many documents', ...zaak('ZAAK-2026-0000978') };
export const Inkomenstoeslag: Story = { name: 'Individuele inkomenstoeslag', ...zaak('ZAAK-2026-0000456') };
export const Suspended: Story = { name: 'Suspended zaak', ...zaak('ZAAK-2026-0000642') };
export const Klacht: Story = { name: 'Klacht', ...zaak('ZAAK-2026-0001012') };
export const Medewerker: Story = { name: 'Call centre view (medewerker)', args: { zaak: 'ZAAK-2026-0000789', audience: 'medewerker' } };

export const ErrorUnauthorized: Story = { name: 'Error: not logged in (401)', ...failing('fail=401') };
export const ErrorForbidden: Story = { name: 'Error: forbidden (403)', ...failing('fail=403') };
export const ErrorNotFound: Story = { name: 'Error: not found (404)', ...failing('fail=404') };
export const ErrorUnavailable: Story = { name: 'Error: unavailable (503, retry after 30 s)', ...failing('fail=503,retry-after=30') };
export const ErrorTimeout: Story = { name: 'Error: timeout (408)', ...failing('fail=408') };
export const ErrorInvalidResponse: Story = { name: 'Error: invalid response', ...failing('body=invalid-json') };
export const ErrorNetwork: Story = { name: 'Error: network', args: { gateway: 'http://127.0.0.1:9/api/zgw', zaak: 'ZAAK-2026-0000123' } };
export const ErrorConfiguration: Story = { name: 'Error: configuration (no gateway)', args: { gateway: '', zaak: 'ZAAK-2026-0000123' } };
export const DocumentsFailed: Story = { name: 'Documents could not load', ...failing('fail=503,fail-on=zaakinformatieobjecten', 'ZAAK-2026-0000978') };
