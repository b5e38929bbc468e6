/**
 * Everything that can wake the worker is registered in background/index.ts, and nowhere else: a reader
 * of that one file knows every reason the worker runs. One alarm dispatcher routes alarms by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '../../src/background');
const LISTENER = /\b(runtime\.onStartup|runtime\.onInstalled|runtime\.onMessage|alarms\.onAlarm|notifications\.onClicked|permissions\??\.onAdded|permissions\??\.onRemoved|storage\.onChanged)\??\.addListener/g;

describe('worker wake-ups', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it('are registered only in index.ts', () => {
    const elsewhere = files.filter((f) => f !== 'index.ts' && [...readFileSync(join(DIR, f), 'utf8').matchAll(LISTENER)].length > 0);
    expect(elsewhere).toEqual([]);
  });

  it('include every event the worker answers, with alarms going through one dispatcher', () => {
    const index = readFileSync(join(DIR, 'index.ts'), 'utf8');
    const found = [...index.matchAll(LISTENER)].map((m) => m[1]!.replace('?', ''));
    expect(new Set(found)).toEqual(new Set(['runtime.onMessage', 'storage.onChanged', 'runtime.onInstalled', 'alarms.onAlarm',
      'runtime.onStartup', 'notifications.onClicked', 'permissions.onAdded', 'permissions.onRemoved']));
    expect(found.filter((f) => f === 'alarms.onAlarm')).toHaveLength(1);
  });
});
