/**
 * The popup's first requests, sent as popup.js starts: this is main.tsx's first import, so these run before
 * preact, the components and the store are set up, and the worker is already answering while they are
 * (issue 19). The view is for the active tab, which the worker looks up itself (store.ts checks it after).
 */
import type { PopupView } from '../shared/popup-view';
import { loadLanguageSetting } from '../shared/language-setting';
import { send } from '../shared/send';
import { markOnce, POPUP_STEP_MARKS } from './content-mark';

markOnce(POPUP_STEP_MARKS.script);
export const firstView: Promise<PopupView> = send('popup:view', { tab: 'active' });
export const languageApplied: Promise<void> = loadLanguageSetting();
// Registered before anything else awaits them, so each mark is the moment the reply arrived.
firstView.then(() => markOnce(POPUP_STEP_MARKS.answer), () => undefined);
void languageApplied.then(() => markOnce(POPUP_STEP_MARKS.language));
