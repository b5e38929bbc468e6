/** What the UI is told about a tool: the registry entry trimmed to what is shown, plus derived facts. */
import type { Alternative, Match } from '../registry/alternatives';
import type { Job } from '../registry/jobs';
import { hasForeignModel, homeUrl, isDomestic, SOURCE_KINDS, type LocalText, type Source, type Tool } from '../registry/types';
import type { PersonalMark } from './personal';

export interface ToolView {
  id: string;
  name: Tool['name'];
  vendor: string;
  country: string;
  domestic: boolean;
  parent?: Tool['parent'];
  legalCountry?: string;
  models?: Tool['models'];
  /** Any model from outside the tool's own country (e.g. a Korean app on a US model). */
  foreignModel: boolean;
  category: Tool['category'];
  jobs: Job[];
  freeTier?: boolean;
  fit?: Tool['fit'];
  integrations?: Tool['integrations'];
  dataCountries?: Tool['dataCountries'];
  status?: Tool['status'];
  /** Official and filing sources first, then press, then the rest (the registry's order within a kind). */
  sources: Source[];
  verified: string;
  confidence: Tool['confidence'];
  /** A URL that opens the tool (its first host). */
  home: string;
  /** Her own entry, or a registry tool with her correction (the registry's version inside). */
  personal?: PersonalMark;
}

/** A Korean alternative as the popup and report show it. */
export interface AlternativeView {
  tool: ToolView;
  match: Match;
  /** Jobs of the foreign tool it also does. */
  shared: Job[];
  /** For a partial match: the foreign tool's main job, which this one does not do. */
  lacks: Job | null;
  why?: LocalText;
}

const kindRank = (s: Source): number => SOURCE_KINDS.indexOf(s.kind);

export function toToolView(tool: Tool): ToolView {
  const { hosts: _hosts, also: _also, note: _note, picks: _picks, aiRole: _aiRole, sources, ...rest } = tool;
  return {
    ...rest,
    sources: [...sources].sort((a, b) => kindRank(a) - kindRank(b)),
    domestic: isDomestic(tool),
    foreignModel: hasForeignModel(tool),
    home: homeUrl(tool),
  };
}

export function toAlternativeView(foreign: Tool, alt: Alternative): AlternativeView {
  return {
    tool: toToolView(alt.tool),
    match: alt.match,
    shared: alt.shared,
    lacks: alt.match === 'partial' ? foreign.jobs[0]! : null,
    ...(alt.why ? { why: alt.why } : {}),
  };
}
