/**
 * Her own registry in the popup, below the label: add this site as an AI tool; for her entry, whether it
 * is counted, removal and "send it back"; for a registry tool, "정보가 틀렸나요?" (her correction, shown
 * as hers with the registry's version one tap away) and "AI 도구가 아니에요" (neither labelled nor counted).
 */
import { useEffect, useState } from 'preact/hooks';
import { countryName, t } from '../../shared/i18n';
import type { MineView } from '../../shared/personal-messages';
import { send } from '../../shared/send';
import { AddSiteForm } from './add-site-form';
import { CorrectionForm } from './correction-form';
import { copyEntry, countSite, currentTab, removeEntry, sendBack, setNotAi, saveCorrection } from './mine-actions';

export function MinePanel() {
  const [view, setView] = useState<MineView | null>(null);
  const [open, setOpen] = useState<'' | 'add' | 'correct' | 'registry'>('');
  const [note, setNote] = useState('');
  const refresh = () => void currentTab().then((tab) => send('mine:view', { url: tab.url })).then(setView, () => setView(null));
  useEffect(refresh, []);
  if (!view || !view.host) return null;
  const done = () => {
    setOpen('');
    refresh();
  };

  if (view.registry && view.notAi) {
    return (
      <section class="mine" id="mine-panel">
        <p class="banner" role="note">
          <span>{t('mineNotAiBanner', view.registry.name.ko)}</span>
          <button type="button" class="banner-action" onClick={() => void setNotAi(view.registry!.id, false).then(refresh)}>{t('mineUndo')}</button>
        </p>
      </section>
    );
  }

  if (view.registry) {
    const tool = view.registry;
    return (
      <section class="mine" id="mine-panel">
        {view.correction && (
          <p class="mine-mark" id="mine-correction">
            <span class="pill">{t('mineMarkCorrection')}</span> {view.correction.reason}{' '}
            <button type="button" class="link-button" aria-expanded={open === 'registry'} onClick={() => setOpen(open === 'registry' ? '' : 'registry')}>{t('mineShowRegistry')}</button>
          </p>
        )}
        {open === 'registry' && (
          <p class="muted" id="mine-registry-version">
            {t('mineRegistrySays', [tool.vendor, countryName(tool.country)])}{' '}
            <button type="button" class="link-button" onClick={() => void saveCorrection(tool.id, null).then(done)}>{t('mineUseRegistry')}</button>
          </p>
        )}
        <p class="mine-actions">
          <button type="button" class="link-button" aria-expanded={open === 'correct'} onClick={() => setOpen(open === 'correct' ? '' : 'correct')}>{t('mineWrong')}</button>
          {' · '}
          <button type="button" class="link-button" onClick={() => void setNotAi(tool.id, true).then(refresh)}>{t('mineNotAi')}</button>
        </p>
        {open === 'correct' && <CorrectionForm tool={tool} onDone={done} />}
      </section>
    );
  }

  if (view.entry) {
    const entry = view.entry;
    return (
      <section class="mine" id="mine-panel">
        <p class="mine-mark" id="mine-entry"><span class="pill">{t('mineMarkEntry')}</span> {t(view.granted ? 'mineCounted' : 'mineNotCounted')}</p>
        <p class="mine-actions">
          {!view.granted && <><button type="button" class="link-button" onClick={() => void countSite(entry.host).then(refresh)}>{t('mineCountThis')}</button>{' · '}</>}
          <button type="button" class="link-button" onClick={() => void sendBack(entry)}>{t('mineSendBack')}</button>
          {' · '}
          <button type="button" class="link-button" onClick={() => void copyEntry(entry).then((ok) => setNote(t(ok ? 'mineCopied' : 'mineCopyFailed')))}>{t('mineCopy')}</button>
          {' · '}
          <button type="button" class="link-button" id="mine-remove" onClick={() => void removeEntry(entry.id).then(refresh)}>{t('mineRemove')}</button>
        </p>
        {note && <p class="muted" role="status">{note}</p>}
      </section>
    );
  }

  return (
    <section class="mine" id="mine-panel">
      {open === 'add'
        ? <AddSiteForm host={view.host} onDone={done} />
        : <button type="button" class="button" id="mine-add" onClick={() => setOpen('add')}>{t('mineAddButton')}</button>}
    </section>
  );
}
