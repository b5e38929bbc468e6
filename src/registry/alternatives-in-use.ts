/**
 * A tool's ranked Korean alternatives in the registry in use (bundled, or an accepted update). Apart
 * from registry.ts, whose page-visit half Chrome's first worker script carries: the ranking is needed
 * only by the card, the popup and the report (src/build/worker-split.ts).
 */
import { rankAlternatives, type Alternative } from './alternatives';
import { registryTools } from './registry';
import type { Tool } from './types';

export const alternativesFor = (tool: Tool): Alternative[] => rankAlternatives(tool, registryTools());
