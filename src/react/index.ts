/**
 * `<MijnZaken>` for React portals: a thin `@lit/react` wrapper that registers the tag and maps the
 * element's events to props. Properties (`accessToken`, `headers`, `labels`) are set as properties,
 * never as attributes.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { defineMijnZaken } from '../define.js';
import type { MijnZakenErrorDetail, MijnZakenLoadDetail, MijnZakenSelectDetail, MijnZakenUpdateDetail, MijnZakenViewDetail } from '../mijn-zaken/events.js';
import { MijnZakenElement } from '../mijn-zaken/mijn-zaken.element.js';

defineMijnZaken();

export const MijnZaken = createComponent({
  tagName: 'mijn-zaken',
  elementClass: MijnZakenElement,
  react: React,
  events: {
    onLoad: 'mijn-zaken-load' as EventName<CustomEvent<MijnZakenLoadDetail>>,
    onSelect: 'mijn-zaken-select' as EventName<CustomEvent<MijnZakenSelectDetail>>,
    onError: 'mijn-zaken-error' as EventName<CustomEvent<MijnZakenErrorDetail>>,
    onView: 'mijn-zaken-view' as EventName<CustomEvent<MijnZakenViewDetail>>,
    onUpdate: 'mijn-zaken-update' as EventName<CustomEvent<MijnZakenUpdateDetail>>,
  },
  displayName: 'MijnZaken',
});
