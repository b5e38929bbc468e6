/** Messages from the report / settings page. */
import { registryTools, toolById } from '../registry/registry';
import { hasForeignModel, isDomestic } from '../registry/types';
import { deleteAllData } from './data-delete';
import { buildExport } from './data-export';
import { importFile } from './data-import';
import type { Deps } from './deps';
import type { Handlers } from './router';
import { registryUpdatesFor } from './registry-updates';
import { readQuarantine } from './storage-repair';
import { nearQuota } from './storage-space';
import { labelsFor } from './tool-meta';
import { recentWeeks } from './week-views';
import { armWeeklyAlarm } from './weekly-schedule';

export const REPORT_WEEKS = 12;

type ReportHandlers = Pick<Handlers, 'report:data' | 'settings:update' | 'data:export' | 'data:import' | 'data:delete'>;

export function reportHandlers(deps: Deps): ReportHandlers {
  const { storage, usage, settings, switches, now } = deps;
  return {
    async 'report:data'() {
      // One week more than shown: the oldest week shown is compared with the one before it.
      const [current, weeksFor, switched] = await Promise.all([settings.read(), recentWeeks(usage, now(), REPORT_WEEKS + 1), switches.read()]);
      const [weekBefore, ...weeks] = weeksFor(current.weekStart);
      return {
        weeks,
        weekBefore: weekBefore!,
        settings: current,
        switches: switched,
        switchTargets: Object.fromEntries([...new Set(switched.map((s) => s.to))].map((id) => [id, toolById(id)?.integrations ?? null])),
        labels: labelsFor(weeks),
        tools: registryTools()
          .filter((t) => !t.status)
          .map((t) => ({
            id: t.id,
            label: { name: t.name, country: t.country, domestic: isDomestic(t) },
            hosts: t.hosts,
            foreignModel: isDomestic(t) && hasForeignModel(t),
          })),
        quarantine: await readQuarantine(storage),
        storage: await storage.space().then((space) => ({ ...space, near: nearQuota(space) })),
        registryUpdates: await registryUpdatesFor(deps).status(),
      };
    },
    async 'settings:update'({ patch }) {
      const next = await settings.write(patch);
      // Week start, time or the on/off switch may have moved the next notification.
      await armWeeklyAlarm(next, now());
      // Turned on: the first check runs now (the page shows its result); turned off: back to the bundled data.
      if ('registryUpdates' in patch) await registryUpdatesFor(deps).settingChanged(next);
      return next;
    },
    async 'data:export'() {
      return { file: await buildExport(deps) };
    },
    // Both run as one transaction in the one write queue: nothing else writes in between.
    'data:import': ({ file, apply }) => importFile(deps, file, apply),
    async 'data:delete'() {
      return { deleted: await deleteAllData(storage) };
    },
  };
}
