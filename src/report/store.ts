/** Report page state: one `report:data` message fills it; settings changes go through the worker. */
import { createStore } from 'zustand/vanilla';
import { useStore } from '../ui/use-store';
import type { ReportData } from '../shared/report-types';
import { applyLanguageSetting } from '../shared/i18n';
import { send } from '../shared/send';
import type { Settings } from '../shared/settings';

export type ReportState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: ReportData };

interface ReportStore {
  state: ReportState;
  /** The week asked for (its first day, or any day in it); null: the default, the last completed week. */
  week: string | null;
  showWeek: (week: string | null) => void;
  load: () => Promise<void>;
  /** Saves one change; the page shows what the worker stored (it may normalise the value). */
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
}

export const reportStore = createStore<ReportStore>((set, get) => ({
  state: { status: 'loading' },
  week: null,
  showWeek: (week) => set({ week }),
  async load() {
    try {
      const data = await send('report:data', {});
      await applyLanguageSetting(data.settings.language);
      set({ state: { status: 'ready', data } });
    } catch (error) {
      console.error('[ai-origin] report load failed', error);
      set({ state: { status: 'error' } });
    }
  },
  async updateSettings(patch) {
    const settings = await send('settings:update', { patch });
    await applyLanguageSetting(settings.language);
    const { state } = get();
    // Week start changes which days make a week; switching registry updates changes the tools and the check.
    if ('weekStart' in patch || 'registryUpdates' in patch) return get().load();
    if (state.status === 'ready') set({ state: { status: 'ready', data: { ...state.data, settings } } });
  },
}));

/** Select from the report store in a component; `.getState()`/`.setState()` as on the store itself. */
export const useReportStore = Object.assign(
  <T>(select: (s: ReportStore) => T): T => useStore(reportStore, select),
  { getState: reportStore.getState, setState: reportStore.setState },
);
