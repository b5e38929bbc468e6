/**
 * What her own-registry controls do in the popup. The page is read once with `scripting.executeScript`
 * (activeTab, granted by the toolbar click); a site is counted only after `permissions.request` for that
 * one site, called first thing in her click (the browser requires the click's user gesture).
 */
import pkg from '../../../package.json';
import { formatEntry } from '../../registry/format';
import browser from '../../shared/browser';
import { EVIDENCE_LIMITS, type Evidence } from '../../shared/evidence';
import { extractEvidence } from '../../shared/evidence-extract';
import { entryTool, type MyEntry } from '../../shared/personal';
import { send } from '../../shared/send';
import { popupStore } from '../store';

const origins = (host: string) => [`*://${host}/*`, `*://www.${host}/*`];

export async function currentTab(): Promise<{ id: number | null; url: string | null }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url ?? null };
}

/** Reads the page once (its top frame), in the extension's isolated world. Null if the browser refuses. */
export async function readPage(tabId: number): Promise<Evidence | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: extractEvidence as unknown as () => void,
      // (document: null = the page it runs in; the function is self-contained, serialised by the browser)
      args: [null, EVIDENCE_LIMITS] as never,
    });
    return (result?.result as Evidence | undefined) ?? null;
  } catch (error) {
    console.warn('[ai-origin] page not readable', error);
    return null;
  }
}

/**
 * Asks for the site (must run inside her click, before any await), saves the entry, then registers the
 * content script if she granted it. The entry is kept either way: she can grant later.
 */
export function saveEntry(entry: Omit<MyEntry, 'id' | 'added'>): Promise<boolean> {
  const asked = askForSite(entry.host);
  return send('mine:add', { entry }).then(() => asked).then(async (granted) => {
    if (granted) await send('mine:sync', {});
    await popupStore.getState().load();
    return granted;
  });
}

/** The permission request alone (her click on "이 사이트 집계하기"). */
export function askForSite(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: origins(host) }).catch((error: unknown) => {
    console.warn('[ai-origin] permission request failed', error);
    return false;
  });
}

export async function countSite(host: string): Promise<boolean> {
  const granted = await askForSite(host);
  if (granted) await send('mine:sync', {});
  await popupStore.getState().load();
  return granted;
}

export async function removeEntry(id: string): Promise<void> {
  await send('mine:remove', { id });
  await popupStore.getState().load();
}

export async function setNotAi(toolId: string, notAi: boolean): Promise<void> {
  await send('mine:not-ai', { toolId, notAi });
  await popupStore.getState().load();
}

export async function saveCorrection(toolId: string, correction: Record<string, unknown> | null): Promise<boolean> {
  const { saved } = await send('mine:correct', { toolId, correction });
  await popupStore.getState().load();
  return saved;
}

/** Her entry as a ready-to-file registry entry (the registry's own JSON format, key order and all). */
export function registryEntryText(e: MyEntry): string {
  const quoted = e.evidence.find((x) => x.kind === 'business-number' || x.kind === 'company' || x.kind === 'impressum' || x.kind === 'organization');
  // The same shape the worker gives her entry, with the id and source a registry file needs.
  const { personal: _mine, ...tool } = entryTool(e);
  return formatEntry({
    ...tool,
    id: e.host.split('.')[0],
    sources: [{ url: e.url, title: `${e.name} (site footer)`, kind: 'official', ...(quoted ? { quote: quoted.value } : {}) }],
  });
}

export const repositoryUrl = (): string | null => {
  const repo = (pkg as { repository?: string | { url?: string } }).repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  return url ? url.replace(/^git\+/, '').replace(/\.git$/, '') : null;
};

/** Opens a prefilled "new issue" page for the project (a tab she sees; the extension sends nothing). */
export async function sendBack(e: MyEntry): Promise<void> {
  const repo = repositoryUrl();
  if (!repo) return;
  const evidence = e.evidence.map((x) => `- ${x.kind}: ${x.value} (${x.where})`).join('\n');
  const body = `Suggested registry entry (from the AI 원산지 extension, checked by a user):\n\n\`\`\`json\n${registryEntryText(e)}\`\`\`\n\nWhat the page said:\n${evidence || '- (nothing found)'}\n`;
  const url = `${repo}/issues/new?title=${encodeURIComponent(`Add ${e.name} (${e.host})`)}&body=${encodeURIComponent(body.slice(0, 6000))}`;
  await browser.tabs.create({ url });
}

export async function copyEntry(e: MyEntry): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(registryEntryText(e));
    return true;
  } catch {
    return false;
  }
}
