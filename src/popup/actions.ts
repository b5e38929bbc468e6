/** What the popup's buttons do. Each opens a new tab (which closes the popup in Chrome). */
import browser from '../shared/browser';
import { send } from '../shared/send';
import type { ToolView } from '../shared/tool-view';

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
