/**
 * Korean alternatives for a foreign tool, ranked on the jobs the tools do — not on broad categories, which
 * once offered a 3D-asset tool to Midjourney users.
 *   - `close`: the Korean tool does the foreign tool's main job (`jobs[0]`).
 *   - `partial`: it shares another of its jobs; the UI says which main job it lacks.
 * Order: close before partial; within each, for an automation or marketing tool, those that can be wired
 * into automations (self-serve API or a ready Make/n8n/Zapier app) before those that cannot — even before a
 * hand pick: one she cannot plug into her scenario is no alternative for her (issue 18); then hand-checked
 * `picks` (in their order); then a Korean tool whose own main job is the foreign main job (Papago before CLOVA X for
 * DeepL); then more shared jobs; same category; a free tier; confidence; id (stable). Only active
 * `aiRole: core` Korean tools are offered.
 */
import type { Job } from './jobs';
import { isDomestic, type LocalText, type Tool } from './types';

export const MAX_ALTERNATIVES = 5;

export type Match = 'close' | 'partial';

export interface Alternative {
  tool: Tool;
  match: Match;
  /** Jobs of the foreign tool this alternative also does. */
  shared: Job[];
  /** The hand-checked reason, when the foreign entry pins this alternative. */
  why?: LocalText;
}

const AUTOMATION_JOBS: readonly Job[] = ['workflow-automation', 'chatbot-builder', 'social-scheduling', 'marketing-copy', 'customer-support'];

/** Automation and marketing tools are where "can I plug it in?" decides a switch. */
export const needsIntegrations = (tool: Tool): boolean =>
  tool.category === 'automation' || tool.category === 'marketing' || AUTOMATION_JOBS.includes(tool.jobs[0]!);

/** Can it be wired into an automation: a self-serve API or a ready connector. */
export const isConnectable = (tool: Tool): boolean =>
  tool.integrations !== undefined && (tool.integrations.api === 'self-serve' || (tool.integrations.connectors ?? []).length > 0);

export const isOfferable = (tool: Tool): boolean => isDomestic(tool) && !tool.status && tool.aiRole === 'core';

function describe(foreign: Tool, korean: Tool, why?: LocalText): Alternative | null {
  const shared = foreign.jobs.filter((job) => korean.jobs.includes(job));
  if (shared.length === 0 && !why) return null;
  return { tool: korean, match: korean.jobs.includes(foreign.jobs[0]!) ? 'close' : 'partial', shared, ...(why ? { why } : {}) };
}

const freeScore = (tool: Tool): number => (tool.freeTier === true ? 2 : tool.freeTier === undefined ? 1 : 0);

function sortKey(foreign: Tool, alt: Alternative): number[] {
  const { tool } = alt;
  return [
    alt.match === 'close' ? 1 : 0,
    tool.jobs[0] === foreign.jobs[0] ? 1 : 0,
    alt.shared.length,
    tool.category === foreign.category ? 1 : 0,
    freeScore(tool),
    tool.confidence === 'high' ? 1 : 0,
  ];
}

export function rankAlternatives(foreign: Tool, tools: readonly Tool[], limit = MAX_ALTERNATIVES): Alternative[] {
  if (isDomestic(foreign)) return [];
  // At most a few picks: a scan each is cheaper than indexing 400 tools on every ranking.
  const pinned = (foreign.picks ?? [])
    .map((pick) => {
      const tool = tools.find((t) => t.id === pick.id);
      return tool && isOfferable(tool) ? describe(foreign, tool, pick.why) : null;
    })
    .filter((a): a is Alternative => a !== null);
  const pinnedIds = new Set(pinned.map((a) => a.tool.id));
  const ranked = tools
    .filter((t) => isOfferable(t) && !pinnedIds.has(t.id))
    .map((t) => describe(foreign, t))
    .filter((a): a is Alternative => a !== null)
    .map((alt) => ({ alt, key: sortKey(foreign, alt) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
      return a.alt.tool.id < b.alt.tool.id ? -1 : 1;
    })
    .map(({ alt }) => alt);
  // Close before partial, always; within each, the connectable first where that decides, then the picks.
  const wired = needsIntegrations(foreign);
  const byMatch = (m: Match) => {
    const fit = [...pinned, ...ranked].filter((a) => a.match === m);
    return wired ? [...fit.filter((a) => isConnectable(a.tool)), ...fit.filter((a) => !isConnectable(a.tool))] : fit;
  };
  return [...byMatch('close'), ...byMatch('partial')].slice(0, limit);
}

/** True when no offered alternative does the foreign tool's main job: say so, don't rank. */
export const noCloseMatch = (alternatives: readonly Alternative[]): boolean => !alternatives.some((a) => a.match === 'close');
