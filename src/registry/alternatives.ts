/**
 * Ranks Korean alternatives for a foreign tool. The order is a rule, not a hand-made list:
 *   1. how well the task matches: same category > the Korean tool also does it > the foreign tool also does
 *      the Korean tool's category;
 *   2. a free tier (known free > unknown > known paid);
 *   3. confidence of the entry (high > medium);
 *   4. id, so the order is stable.
 * Shut-down or renamed tools are never offered.
 */
import { isDomestic, type Tool } from './types';

export const MAX_ALTERNATIVES = 5;

function taskMatch(foreign: Tool, korean: Tool): number {
  if (korean.category === foreign.category) return 3;
  if (korean.also?.includes(foreign.category)) return 2;
  if (foreign.also?.includes(korean.category)) return 1;
  return 0;
}

const freeScore = (tool: Tool): number => (tool.freeTier === true ? 2 : tool.freeTier === undefined ? 1 : 0);
const confidenceScore = (tool: Tool): number => (tool.confidence === 'high' ? 1 : 0);

export function rankAlternatives(foreign: Tool, tools: readonly Tool[], limit = MAX_ALTERNATIVES): Tool[] {
  if (isDomestic(foreign)) return [];
  return tools
    .filter((t) => isDomestic(t) && !t.status && taskMatch(foreign, t) > 0)
    .map((t) => ({ t, key: [taskMatch(foreign, t), freeScore(t), confidenceScore(t)] }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
      return a.t.id < b.t.id ? -1 : 1;
    })
    .slice(0, limit)
    .map(({ t }) => t);
}
