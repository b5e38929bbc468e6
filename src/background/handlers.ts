/** The background's answer to every message in the protocol (the type system checks none is missing). */
import type { Deps } from './deps';
import { pageHandlers } from './page-handlers';
import { personalHandlers } from './personal-handlers';
import { popupHandlers } from './popup-handlers';
import { reportHandlers } from './report-handlers';
import type { Handlers } from './router';

export type { Deps } from './deps';

export const createHandlers = (deps: Deps): Handlers => ({
  ...pageHandlers(deps),
  ...popupHandlers(deps),
  ...reportHandlers(deps),
  ...personalHandlers(deps),
});
