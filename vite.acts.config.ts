// The on-demand acts module (CONTRACT 1, 8): src/acts/index.ts → dist/mijn-zaken-acts.js, loaded by
// dist/mijn-zaken.js when the gateway announces tasks or questions. Its row: scripts/lib/on-demand-modules.mjs.
import { onDemandModule } from './scripts/lib/on-demand-modules.mjs';
import { onDemandConfig } from './vite.on-demand.ts';

export default onDemandConfig(onDemandModule('acts'));
