/** What the popup's buttons do. Each opens a new tab (which closes the popup in Chrome). */
import browser from '../shared/browser';
import { send } from '../shared/send';
import type { ToolView } from '../shared/tool-view';
import { popupStore } from './store';

/**
 * Opens a Korean alternative, first recording the switch (foreign → Korean) for the report. The tab
 * opens even when recording fails: the user asked for the tool, not for our statistics.
 */
export async function openAlternative(from: ToolView, to: ToolView): Promise<void> {
  try {
    await send('popup:switch', { from: from.id, to: to.id });
  } catch (error) {
    console.warn('[ai-origin] switch not recorded', error);
  }
  await browser.tabs.create({ url: to.home });
}

export const reportUrl = (): string => browser.runtime.getURL('report.html');

export async function openReport(): Promise<void> {
  await browser.tabs.create({ url: reportUrl() });
}

/** Opens the report page's settings (the same page, scrolled to its settings section). */
export async function openSettings(): Promise<void> {
  await browser.tabs.create({ url: `${reportUrl()}#settings` });
}

/** Pauses or resumes counting, then redraws the popup from what the worker stored. */
export async function setPaused(paused: boolean): Promise<void> {
  await send('settings:update', { patch: { paused } });
  await popupStore.getState().load();
}

/** Excludes a tool from counting (or counts it again), then redraws the popup. */
export async function setExcluded(toolId: string, exclude: boolean): Promise<void> {
  const state = popupStore.getState().state;
  if (state.status !== 'ready') return;
  const current = state.view.excludedIds;
  const excluded = exclude ? [...new Set([...current, toolId])] : current.filter((id) => id !== toolId);
  await send('settings:update', { patch: { excluded } });
  await popupStore.getState().load();
}
