/**
 * Her own registry in the popup, under the label, from the one `popup:view` reply: the correction form
 * (opened from the "⋯" menu), her entry's counting and send-back controls, the "not AI" banner with its
 * undo, or — on a site the registry lacks — "이 사이트를 AI 도구로 추가" and its form.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { MineView } from '../../shared/personal-messages';
import type { ToolView } from '../../shared/tool-view';
import { popupStore, usePopupStore } from '../store';
import { AddSiteForm } from './add-site-form';
import { CorrectionForm } from './correction-form';
import { copyEntry, countSite, removeEntry, sendBack, setNotAi } from './mine-actions';

const close = () => popupStore.getState().setPanel(null);

export function MinePanel({ mine, tool }: { mine: MineView; tool: ToolView | null }) {
  const panel = usePopupStore((s) => s.panel);
  if (!mine.host) return null;

  if (mine.registry && mine.notAi) {
    return (
      <p class="banner mine-banner" role="note" id="mine-not-ai">
        <span>{t('mineNotAiBanner', mine.registry.name.ko)}</span>
        <button type="button" class="banner-action" onClick={() => void setNotAi(mine.registry!.id, false)}>{t('mineUndo')}</button>
      </p>
    );
  }
  if (mine.registry) return panel === 'correct' && tool ? <CorrectionForm tool={tool} onCancel={close} /> : null;
  if (mine.entry) return <EntryControls mine={mine} />;
  return panel === 'add'
    ? <AddSiteForm host={mine.host} onCancel={close} />
    : <p class="mine-add"><button type="button" class="button" id="mine-add" onClick={() => popupStore.getState().setPanel('add')}>{t('mineAddButton')}</button></p>;
}

/** Her entry: counted or waiting for her grant, send it back, copy it, remove it. */
function EntryControls({ mine }: { mine: MineView }) {
  const [note, setNote] = useState('');
  const entry = mine.entry!;
  return (
    <div class="mine-entry" id="mine-entry">
      <p class={mine.granted ? 'muted' : 'mine-waiting'} id="mine-counted">{t(mine.granted ? 'mineCounted' : 'mineNotCounted')}</p>
      <p class="mine-actions">
        {!mine.granted && <><button type="button" class="link-button" onClick={() => void countSite(entry.host)}>{t('mineCountThis')}</button>{' · '}</>}
        <button type="button" class="link-button" onClick={() => void sendBack(entry)}>{t('mineSendBack')}</button>
        {' · '}
        <button type="button" class="link-button" onClick={() => void copyEntry(entry).then((ok) => setNote(t(ok ? 'mineCopied' : 'mineCopyFailed')))}>{t('mineCopy')}</button>
        {' · '}
        <button type="button" class="link-button" id="mine-remove" onClick={() => void removeEntry(entry.id)}>{t('mineRemove')}</button>
      </p>
      {note && <p class="muted" role="status">{note}</p>}
    </div>
  );
}
