/**
 * Live updates (CONTRACT 9): an on-demand module. The CDN build writes it as dist/mijn-zaken-live.js beside
 * dist/mijn-zaken.js, which loads it (`loadLive`) only when `refresh` asks for it or the gateway announces
 * events, so a read-only page pays nothing.
 */
export { live } from './live.js';
export { backoffMs, refreshMs, timelineChanges, type Identities, type SubStepsOf, type TimelineChanges } from './changes.js';
export { timelineIdentity, type TimelineIdentity } from './identity.js';
export { listen, openStreams, zaakOf, type EventListener } from './events.js';
export { liveCatalogues, liveMessagesFor, clockTime, type LiveMessages } from './messages.js';
export { timers } from './timers.js';
export type { Live, LiveHost, LiveLink, LiveParts, LiveView } from './link.js';
