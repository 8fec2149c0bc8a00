/** The demo gateway's zaken for resident `default` (demo/gateway/fixtures.mjs). */
export const ZAKEN = {
  geluid: { uuid: '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47', identificatie: 'ZAAK-2026-0000789' },
  woz: { uuid: '9b2e7a14-3c5d-4e8f-a1b6-7d0c9e2f5a83', identificatie: 'ZAAK-2026-0000123' },
  closed: { uuid: 'c7a1f0e3-5b2d-4c9a-8e64-1f3b7d2a9c05', identificatie: 'ZAAK-2026-0000311' },
  documents: { uuid: '1d8e4b7a-6f3c-4a2e-b9d1-5c0a8f7e3b26', identificatie: 'ZAAK-2026-0000978' },
  inkomenstoeslag: { uuid: '6a3f9e21-0d4b-4f8c-9a7e-3b5d1c8f2e94', identificatie: 'ZAAK-2026-0000456' },
  suspended: { uuid: 'e2b6d8f0-7c1a-4e3b-8f5d-9a0c4e6b1d72', identificatie: 'ZAAK-2026-0000642' },
  klacht: { uuid: '3c0e5a9d-2b7f-4d1e-a6c8-8f4b2e9d0a51', identificatie: 'ZAAK-2026-0001012' },
} as const;
