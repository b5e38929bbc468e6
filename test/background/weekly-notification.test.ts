/** The start-of-week notification: its text, the alarm, catch-up after the browser was closed, the click. */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkWeeklySummary, weeklySummary } from '../../src/background/weekly-notification';
import { WEEKLY_ALARM, WEEKLY_MARK_KEY } from '../../src/background/weekly-schedule';
import { reportHandlers } from '../../src/background/report-handlers';
import browser, { fake, fakeAlarms, fakeNotifications, fakeTabsCreated } from '../support/fake-browser';
import { depsWith, MIN, noon, stored } from '../support/seed';

// Week of Mon 2026-11-16 ("last week" once Monday 2026-11-23 09:00 has passed) and the week before it.
const SEED = stored({
  '2026-11-10': { chatgpt: { activeMs: 88 * MIN, visits: 4 }, 'clova-x': { activeMs: 12 * MIN, visits: 1 } },
  '2026-11-17': { chatgpt: { activeMs: 61 * MIN, visits: 5 }, 'kling-ai': { activeMs: 21 * MIN, visits: 2 } },
  '2026-11-18': { 'clova-x': { activeMs: 18 * MIN, visits: 3 } },
});
const MONDAY_9 = new Date(2026, 10, 23, 9, 0).getTime();

beforeEach(() => {
  fake.uiLanguage = 'ko';
  fakeAlarms.clear();
  fakeNotifications.clear();
  fakeTabsCreated.length = 0;
  browser.alarms.onAlarm.clear();
  browser.notifications.onClicked.clear();
});

describe('weekly summary notification', () => {
  it('says last week\'s share, the countries, the change and the top foreign tool (Korean)', async () => {
    const { deps } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-16' }, MONDAY_9 + 5 * MIN);
    const notice = await checkWeeklySummary(deps);
    expect(notice).toEqual({
      title: '지난주 AI 사용',
      message: '국산 18% · 해외 82% (미국 61%, 중국 21%)\n전 주보다 국내 서비스 +6%p · 가장 많이 쓴 해외 도구: 챗GPT',
    });
    expect([...fakeNotifications.values()]).toEqual([expect.objectContaining({ type: 'basic', title: notice!.title, message: notice!.message })]);
  });

  it('says the three parts when a Korean service ran on foreign models, and an unchanged share in words', async () => {
    const { deps } = depsWith({
      ...stored({
        '2026-11-10': { chatgpt: { activeMs: 60 * MIN, visits: 4 }, 'clova-x': { activeMs: 20 * MIN, visits: 1 }, wrtn: { activeMs: 20 * MIN, visits: 1 } },
        '2026-11-17': { chatgpt: { activeMs: 30 * MIN, visits: 2 }, wrtn: { activeMs: 10 * MIN, visits: 1 }, 'clova-x': { activeMs: 10 * MIN, visits: 1 } },
      }),
      [WEEKLY_MARK_KEY]: '2026-11-16',
    }, MONDAY_9);
    expect((await checkWeeklySummary(deps))?.message).toBe(
      '국산 20% · 국내 서비스·해외 모델 20% · 해외 60% (미국 60%)\n전 주와 같아요 · 가장 많이 쓴 해외 도구: 챗GPT');
  });

  it('in English when the browser is in English', async () => {
    fake.uiLanguage = 'en-US';
    const { deps } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-16' }, MONDAY_9);
    expect((await checkWeeklySummary(deps))?.message).toBe(
      'Korean 18% · Foreign 82% (United States 61%, China 21%)\nKorean services +6 pts vs the week before · Most-used foreign tool: ChatGPT');
  });

  it('is not due before the chosen time, and shows once: a second check in the same week shows nothing', async () => {
    const { deps, setNow } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-16' }, MONDAY_9 - 60_000);
    expect(await checkWeeklySummary(deps)).toBeNull();
    setNow(MONDAY_9);
    expect(await checkWeeklySummary(deps)).not.toBeNull();
    setNow(MONDAY_9 + 3 * 24 * 3600_000);
    expect(await checkWeeklySummary(deps)).toBeNull();
    expect(fakeNotifications.size).toBe(1);
  });

  it('catches up once on the next start when the browser was closed at that time (even weeks later)', async () => {
    // Last handled two weeks before; the browser opens again on Thursday of the week after.
    const { area, deps } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-09' }, noon('2026-11-26'));
    const notice = await checkWeeklySummary(deps);
    expect(notice?.message).toContain('국산 18%');
    expect(area.data.get(WEEKLY_MARK_KEY)).toBe('2026-11-23');
    expect(await checkWeeklySummary(deps)).toBeNull();
  });

  it('the first start ever shows nothing (nothing was missed) and starts counting from there', async () => {
    const { area, deps } = depsWith(SEED, MONDAY_9 + MIN);
    expect(await checkWeeklySummary(deps)).toBeNull();
    expect(area.data.get(WEEKLY_MARK_KEY)).toBe('2026-11-23');
    expect(fakeNotifications.size).toBe(0);
  });

  it('the off switch: no notification, no alarm', async () => {
    const { deps } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-16', settings: { weeklyNotification: false } }, MONDAY_9);
    expect(await checkWeeklySummary(deps)).toBeNull();
    await reportHandlers(deps)['settings:update']({ patch: { weeklyNotification: false } }, { sender: {}, tabId: null });
    expect(fakeAlarms.has(WEEKLY_ALARM)).toBe(false);
  });

  it('a week without AI use gives no notification', async () => {
    const { deps } = depsWith({ [WEEKLY_MARK_KEY]: '2026-11-16' }, MONDAY_9);
    expect(await checkWeeklySummary(deps)).toBeNull();
  });

  it('nor does a week of less than a minute: one stray page load is not "해외 100%"', async () => {
    const { deps } = depsWith({ ...stored({ '2026-11-17': { chatgpt: { activeMs: 40_000, visits: 1 } } }), [WEEKLY_MARK_KEY]: '2026-11-16' }, MONDAY_9 + 5 * MIN);
    expect(await checkWeeklySummary(deps)).toBeNull();
    expect(fakeNotifications.size).toBe(0);
  });

  it('starting arms the alarm for the next due moment, and a settings change re-arms it', async () => {
    const { deps } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-23' }, noon('2026-11-25'));
    weeklySummary(Promise.resolve(), deps).start();
    await expect.poll(() => fakeAlarms.get(WEEKLY_ALARM)?.scheduledTime).toBe(new Date(2026, 10, 30, 9, 0).getTime());
    await reportHandlers(deps)['settings:update']({ patch: { weekStart: 0, notifyTime: '20:00' } }, { sender: {}, tabId: null });
    expect(fakeAlarms.get(WEEKLY_ALARM)?.scheduledTime).toBe(new Date(2026, 10, 29, 20, 0).getTime());
  });

  it('the alarm firing shows the summary; clicking it opens the report on the week it is about', async () => {
    const { deps, setNow } = depsWith({ ...SEED, [WEEKLY_MARK_KEY]: '2026-11-16' }, MONDAY_9 - 60_000);
    const weekly = weeklySummary(Promise.resolve(), deps);
    weekly.start();
    await expect.poll(() => fakeAlarms.has(WEEKLY_ALARM)).toBe(true);
    setNow(MONDAY_9);
    weekly.alarm();
    await expect.poll(() => [...fakeNotifications.keys()]).toEqual(['weekly-summary:2026-11-23']);
    await weekly.notificationClicked('weekly-summary:2026-11-23');
    expect(fakeTabsCreated).toEqual([{ url: 'chrome-extension://fake-extension-id/report.html#week=2026-11-16' }]);
  });
});
