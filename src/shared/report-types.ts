/** Shapes exchanged between the report page and the background (report, settings, export/import). */
import type { Integrations } from '../registry/types';
import type { ToolLabel } from './popup-view';
import type { RegistryUpdateStatus } from './registry-update-status';
import type { Settings } from './settings';
import type { WeekSummary } from './week-summary';

export interface SwitchRecord { at: number; from: string; to: string }

/** The newest this many switches are kept (storage, export and import agree). */
export const MAX_SWITCHES = 1000;

export interface ReportData {
  /** The last 12 weeks, oldest first; the last one is the current week, still in progress. */
  weeks: WeekSummary[];
  /** The week before `weeks[0]`, so that the oldest week shown has a week to compare with. */
  weekBefore: WeekSummary;
  settings: Settings;
  switches: SwitchRecord[];
  /** What each Korean tool she switched to can be connected with (null: nothing recorded). */
  switchTargets: Record<string, Integrations | null>;
  labels: Record<string, ToolLabel>;
  /**
   * Every registry tool (for the exclude list, searchable by name and host), sorted by name; `foreignModel`:
   * a Korean service on foreign models (the middle part, 국내 서비스·해외 모델).
   */
  tools: { id: string; label: ToolLabel; hosts: string[]; foreignModel: boolean }[];
  /** Storage problems found and set aside (shown to the user), or null. */
  quarantine: { savedAt: number; keys: string[] } | null;
  /** Storage use; `near` when less than the headroom kept for counting is left (say so). */
  storage: { usedBytes: number; quotaBytes: number; near: boolean };
  /** Signed registry updates: on or off, the last check and its result, the update in use. */
  registryUpdates: RegistryUpdateStatus;
}

/** Result of checking (and optionally applying) an import file. */
export interface ImportResult {
  applied: boolean;
  days: number;
  entries: number;
  addedMs: number;
  addedVisits: number;
  /** Days whose imported time was cut so the day holds no more than its length (+ clock slack). */
  cappedDays: number;
}
