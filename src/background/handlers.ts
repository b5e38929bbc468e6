/** The background's answer to every message in the protocol (the type system checks none is missing). */
import { cardHandlers } from './card-handlers';
import type { Deps } from './deps';
import type { PageMessage } from '../shared/messages';
import { pageHandlers } from './page-handlers';
import { personalHandlers } from './personal-handlers';
import { popupHandlers } from './popup-handlers';
import { reportHandlers } from './report-handlers';
import type { Handlers } from './router';

export type { Deps } from './deps';

/** Every message but the page's own: answered by the worker's on-need half (more.ts). */
export type MoreHandlers = Omit<Handlers, PageMessage>;

export const moreHandlers = (deps: Deps): MoreHandlers => ({
  ...cardHandlers(deps),
  ...popupHandlers(deps),
  ...reportHandlers(deps),
  ...personalHandlers(deps),
});

export const createHandlers = (deps: Deps): Handlers => ({ ...pageHandlers(deps), ...moreHandlers(deps) });
