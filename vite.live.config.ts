// The on-demand live module (CONTRACT 1, 9): src/live/index.ts → dist/mijn-zaken-live.js, loaded by
// dist/mijn-zaken.js when `refresh` asks for it or the gateway announces events. Its row:
// scripts/lib/on-demand-modules.mjs.
import { onDemandModule } from './scripts/lib/on-demand-modules.mjs';
import { onDemandConfig } from './vite.on-demand.ts';

export default onDemandConfig(onDemandModule('live'));
