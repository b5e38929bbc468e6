/**
 * The worker's briefs as one text instead of ~400 object literals (issue 19): a line of JSON per entry,
 * by position (`[id, ko, en, vendor, country, hosts, {the rest}]`: no key repeated 400 times), every
 * character outside ASCII written as a \u escape, so V8 keeps it as one flat one-byte string. A
 * cold start then deserialises and holds one string, not thousands of literals and the objects they
 * build, and a page visit parses only the line of the tool it found. `packBriefs` runs at build time
 * (and in the tests' stand-in); `packedIndex` is the worker's page-visit lookup over the text.
 */
import type { ToolBrief } from './brief';
import { bySpecificity, splitHostSpec } from './host-match';
import type { RegistryIndex } from './lookup';

const nonAscii = /[\u007f-\uffff]/g;
const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

type Line = [id: string, ko: string, en: string, vendor: string, country: string, hosts: string[], rest?: Partial<ToolBrief>];

function packLine({ id, name, vendor, country, hosts, ...rest }: ToolBrief): string {
  const line: Line = [id, name.ko, name.en, vendor, country, [...hosts]];
  if (Object.keys(rest).length > 0) line.push(rest);
  return JSON.stringify(line).replace(nonAscii, escape);
}

function unpackLine(text: string): ToolBrief {
  const [id, ko, en, vendor, country, hosts, rest] = JSON.parse(text) as Line;
  return { id, name: { ko, en }, vendor, country, hosts, ...rest } as ToolBrief;
}

export const packBriefs = (briefs: readonly ToolBrief[]): string => briefs.map(packLine).join('\n');

const QUOTE = 34;
const SLASH = 47;

/**
 * The same answers as `buildIndex` over the briefs, holding nothing but the text: a host's rules are on the
 * lines where a host spec starts with it ("host" or "host/path" — a spec is always a JSON string, so it
 * follows a quote); each such line is parsed and its specs checked exactly, so a look-alike elsewhere on
 * a line (a vendor's name) costs one parse and matches nothing.
 */
export function packedIndex(text: string): RegistryIndex<ToolBrief> {
  return {
    get(host) {
      const rules: { path: string; tool: ToolBrief }[] = [];
      const needle = `"${host}`;
      let at = text.indexOf(needle);
      while (at !== -1) {
        const after = text.charCodeAt(at + needle.length);
        const lineEnd = text.indexOf('\n', at);
        const end = lineEnd === -1 ? text.length : lineEnd;
        if (after === QUOTE || after === SLASH) {
          const tool = unpackLine(text.slice(text.lastIndexOf('\n', at) + 1, end));
          for (const spec of tool.hosts) {
            const [specHost, path] = splitHostSpec(spec);
            if (specHost === host) rules.push({ path, tool });
          }
          at = text.indexOf(needle, end); // each line once: its specs were all checked
        } else {
          at = text.indexOf(needle, at + needle.length);
        }
      }
      return rules.length > 0 ? rules.sort((a, b) => bySpecificity(a.path, b.path)) : undefined;
    },
  };
}
