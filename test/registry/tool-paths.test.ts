import { describe, expect, it } from 'vitest';
import { buildToolPaths, isToolLocation } from '../../src/registry/tool-paths';
import type { Tool } from '../../src/registry/types';
import { makeTool } from '../support/make-tool';
import tools from '../support/registry-data';

const tool = (id: string, hosts: string[]): Tool => makeTool(id, { hosts });

describe('tool paths for the content script', () => {
  const table = buildToolPaths([
    tool('grok', ['grok.com', 'x.com/i/grok']),
    tool('copilot', ['github.com/copilot']),
    tool('spaces', ['spaces.github.com']),
    tool('chatgpt', ['chatgpt.com']),
  ]);

  it('lists only hosts that are shared with non-AI use', () => {
    expect(table).toEqual({ 'x.com': ['/i/grok'], 'github.com': ['/copilot'], 'spaces.github.com': [''] });
  });

  it.each([
    ['x.com', '/i/grok', true], ['x.com', '/i/grok/abc', true], ['x.com', '/home', false], ['x.com', '/i/grokking', false],
    ['mobile.x.com', '/i/grok', true], ['github.com', '/copilot', true], ['github.com', '/torvalds/linux', false],
    ['spaces.github.com', '/anything', true], ['chatgpt.com', '/c/1', true], ['grok.com', '/', true],
  ])('%s%s → %s', (host, path, expected) => expect(isToolLocation(table, host, path)).toBe(expected));

  it('stays small for the real registry (it is compiled into every AI page)', () => {
    expect(JSON.stringify(buildToolPaths(tools)).length).toBeLessThan(2_000);
  });
});
