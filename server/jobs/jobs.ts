import { fosterRenewalsJob } from './foster-renewals';
import type { Job } from './runner';

/** Every scheduled job; server/main.ts runs them (decision 0014). */
export const JOBS: readonly Job[] = [fosterRenewalsJob];
