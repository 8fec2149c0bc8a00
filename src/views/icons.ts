import { svg, type SVGTemplateResult } from 'lit';
/**
 * Marker shapes differ per state, so colour is never the only cue: a tick when done, a dot for the current
 * sub-step (a step still to come shows its number instead). Decorative: hidden from assistive tech.
 */
export function markerIcon(state: 'checked' | 'current'): SVGTemplateResult {
  return state === 'checked'
    ? svg`<svg class="marker-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`
    : svg`<svg class="marker-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="3.5" fill="currentColor"/></svg>`;
}

export function chevronIcon(): SVGTemplateResult {
  return svg`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

export function documentIcon(): SVGTemplateResult {
  return svg`<svg class="document-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 1.5h5l3 3v10H4z M9 1.5v3h3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/></svg>`;
}
