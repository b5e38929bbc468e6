/** Messages from the report / settings page. */
import { allTools } from '../registry/registry';
import { isDomestic } from '../registry/types';
import type { Deps } from './deps';
import type { Handlers } from './router';
import { labelsFor } from './tool-meta';
import { recentWeeks } from './week-views';

export const REPORT_WEEKS = 12;

type ReportHandlers = Pick<Handlers, 'report:data' | 'settings:update' | 'data:export' | 'data:import' | 'data:delete'>;

export function reportHandlers({ usage, settings, switches, now }: Deps): ReportHandlers {
  return {
    async 'report:data'() {
      const current = await settings.read();
      const weeks = await recentWeeks(usage, current.weekStart, now(), REPORT_WEEKS);
      return {
        weeks,
        settings: current,
        switches: await switches.read(),
        labels: labelsFor(weeks),
        tools: allTools
          .filter((t) => !t.status)
          .map((t) => ({ id: t.id, label: { name: t.name, country: t.country, domestic: isDomestic(t) } })),
        quarantine: null,
      };
    },
    'settings:update': ({ patch }) => settings.write(patch),
    async 'data:export'() {
      throw new Error('export is not built yet');
    },
    async 'data:import'() {
      throw new Error('import is not built yet');
    },
    async 'data:delete'() {
      throw new Error('delete is not built yet');
    },
  };
}
