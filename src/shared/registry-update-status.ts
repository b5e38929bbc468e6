/** What the settings page shows about registry updates. */
import type { UpdateResult } from '../registry/update/results';

export interface RegistryUpdateStatus {
  enabled: boolean;
  /** The one host a check contacts (e.g. "ai-origin.kr"). */
  host: string;
  lastCheck: { at: number; result: UpdateResult } | null;
  /** The update in use, or null when the bundled registry is. */
  inUse: { sequence: number; date: string } | null;
  /** Hosts of tools that came by update which the extension may not access: recognised, not counted. */
  waitingHosts: string[];
}
