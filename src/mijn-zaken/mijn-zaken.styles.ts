import { detailStyles } from '../views/detail.styles.js';
import { documentsStyles } from '../views/documents.styles.js';
import { overviewStyles } from '../views/overview.styles.js';
import { sharedStyles } from '../views/shared.styles.js';
import { statusStyles } from '../views/status.styles.js';
import { timelineStyles } from '../views/timeline.styles.js';
import { tokenStyles } from './tokens.styles.js';

/**
 * The element's `static styles`, composed per part (each beside the view it styles), in cascade order:
 * the tokens, then what every part shares (host, reset, focus, buttons), then each part.
 */
export const styles = [tokenStyles, sharedStyles, detailStyles, timelineStyles, documentsStyles, statusStyles, overviewStyles];
