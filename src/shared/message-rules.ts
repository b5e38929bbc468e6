/**
 * Every message's run-time rule (messages.ts has the protocol and the page's own rules): what the
 * worker's on-need half checks before answering the card's buttons, the popup, the report and her
 * registry. Apart from messages.ts so that Chrome's first worker script, which answers only the page's
 * own messages, carries none of these checks (src/build/worker-split.ts).
 */
import { CARD_ACTIONS, type CardAction } from './card-rules';
import { isObj, isToolId } from './guards';
import { isShortText, pageRules, type Rules } from './messages';
import { personalValidators } from './personal-messages';
import { parseSettingsPatch } from './settings';

const isEmpty = (p: unknown): Record<string, never> | null => (isObj(p) ? {} : null);

export const validators: Rules = {
  ...pageRules,
  'card:action': {
    from: 'content',
    check: (p) => {
      if (!isObj(p) || !isShortText(p.url) || !CARD_ACTIONS.includes(p.action as CardAction)) return null;
      if (p.action === 'open') return isToolId(p.to) ? { url: p.url, action: 'open', to: p.to } : null;
      return { url: p.url, action: p.action as CardAction };
    },
    urls: (r) => [r.url],
  },
  'popup:view': {
    from: 'extension',
    check: (p) => {
      if (!isObj(p)) return null;
      if (p.tab === 'active') return { tab: 'active' };
      return p.url === null || isShortText(p.url) ? { url: p.url } : null;
    },
  },
  'popup:switch': {
    from: 'extension',
    check: (p) => (isObj(p) && isToolId(p.from) && isToolId(p.to) ? { from: p.from, to: p.to } : null),
  },
  'report:data': { from: 'extension', check: isEmpty },
  'settings:update': {
    from: 'extension',
    check: (p) => {
      const patch = isObj(p) ? parseSettingsPatch(p.patch) : null;
      return patch ? { patch } : null;
    },
  },
  'data:export': { from: 'extension', check: isEmpty },
  // The file itself is validated by the import code, which explains what is wrong with it.
  'data:import': { from: 'extension', check: (p) => (isObj(p) && 'file' in p && typeof p.apply === 'boolean' ? { file: p.file, apply: p.apply } : null) },
  'data:delete': { from: 'extension', check: (p) => (isObj(p) && p.confirm === true ? { confirm: true } : null) },
  ...personalValidators,
};
