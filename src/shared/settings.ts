/** User settings: one storage key, every field with a default, parsed defensively. */
import { isToolId } from './guards';
export type NoticeMode = 'card' | 'badge' | 'off';

export interface Settings {
  /** Stop counting time and visits everywhere. */
  paused: boolean;
  /** Tool ids never counted. */
  excluded: string[];
  /** How long without input before the user counts as idle. */
  idleSeconds: number;
  noticeMode: NoticeMode;
  /** Also show a quiet card on Korean tools (off by default: the card is for foreign tools). */
  domesticCard: boolean;
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  /** Weekly summary notification: on/off and local time "HH:MM" (on the week's first day). */
  weeklyNotification: boolean;
  notifyTime: string;
  /** Weekly domestic-share goal in percent (0 = none). */
  goalPercent: number;
  language: 'auto' | 'ko' | 'en';
  /** Signed registry updates: one request a week to one fixed URL (off until the user turns it on). */
  registryUpdates: boolean;
}

export const SETTINGS_KEY = 'settings';
export const IDLE_SECONDS_RANGE = [15, 600] as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  paused: false,
  excluded: [],
  idleSeconds: 60,
  noticeMode: 'card',
  domesticCard: false,
  weekStart: 1,
  weeklyNotification: true,
  notifyTime: '09:00',
  goalPercent: 0,
  language: 'auto',
  registryUpdates: false,
};

const inRange = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Keeps each valid field of `raw` and the default for the rest; never throws. */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    paused: typeof r.paused === 'boolean' ? r.paused : d.paused,
    excluded: Array.isArray(r.excluded) ? [...new Set(r.excluded.filter(isToolId))] : [...d.excluded],
    idleSeconds: inRange(r.idleSeconds, ...IDLE_SECONDS_RANGE) ? r.idleSeconds : d.idleSeconds,
    noticeMode: r.noticeMode === 'card' || r.noticeMode === 'badge' || r.noticeMode === 'off' ? r.noticeMode : d.noticeMode,
    domesticCard: typeof r.domesticCard === 'boolean' ? r.domesticCard : d.domesticCard,
    weekStart: inRange(r.weekStart, 0, 6) ? r.weekStart : d.weekStart,
    weeklyNotification: typeof r.weeklyNotification === 'boolean' ? r.weeklyNotification : d.weeklyNotification,
    notifyTime: typeof r.notifyTime === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(r.notifyTime) ? r.notifyTime : d.notifyTime,
    goalPercent: inRange(r.goalPercent, 0, 100) ? r.goalPercent : d.goalPercent,
    language: r.language === 'ko' || r.language === 'en' || r.language === 'auto' ? r.language : d.language,
    registryUpdates: typeof r.registryUpdates === 'boolean' ? r.registryUpdates : d.registryUpdates,
  };
}

/**
 * A settings change from a page: only known keys, each valid; null when anything is off (so a bad
 * request changes nothing rather than half of it).
 */
export function parseSettingsPatch(raw: unknown): Partial<Settings> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  if (keys.length === 0 || !keys.every((k) => Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, k))) return null;
  const parsed = parseSettings(raw);
  const patch: Partial<Settings> = {};
  for (const key of keys as (keyof Settings)[]) {
    if (JSON.stringify(parsed[key]) !== JSON.stringify((raw as Record<string, unknown>)[key])) return null;
    (patch as Record<string, unknown>)[key] = parsed[key];
  }
  return patch;
}
