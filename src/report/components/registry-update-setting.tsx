/**
 * Settings row for signed registry updates (off by default): the switch, one plain sentence on what is
 * fetched, from where and how often, and the last check ("마지막 확인: …, 결과: …").
 */
import { useState } from 'preact/hooks';
import type { UpdateResult } from '../../registry/update/results';
import { t, type MessageKey } from '../../shared/i18n';
import type { RegistryUpdateStatus } from '../../shared/registry-update-status';
import type { Settings } from '../../shared/settings';
import { shortDay } from '../format';
import { dateFormat } from '../../shared/intl-format';

/** Message keys (catalogue names cannot contain '-'). */
const RESULT_KEY: Record<UpdateResult, MessageKey> = {
  updated: 'updResultUpdated',
  current: 'updResultCurrent',
  'bundled-newer': 'updResultBundledNewer',
  network: 'updResultNetwork',
  http: 'updResultHttp',
  'too-large': 'updResultTooLarge',
  signature: 'updResultSignature',
  unsupported: 'updResultUnsupported',
  malformed: 'updResultMalformed',
  'newer-format': 'updResultNewerFormat',
  'needs-newer-extension': 'updResultNeedsNewerExtension',
  older: 'updResultOlder',
  invalid: 'updResultInvalid',
};

const when = (at: number): string =>
  dateFormat({ month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);

export function RegistryUpdateSetting({ status, save }: { status: RegistryUpdateStatus; save: (patch: Partial<Settings>) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const toggle = (on: boolean) => {
    setBusy(true);
    void save({ registryUpdates: on }).finally(() => setBusy(false));
  };
  const last = status.lastCheck;
  return (
    <div class="registry-updates" id="registry-updates">
      <label class="row">
        <input type="checkbox" id="set-registry-updates" checked={status.enabled} disabled={busy}
          onChange={(e) => toggle(e.currentTarget.checked)} />
        {t('reportSetRegistryUpdates')}
      </label>
      <p class="muted" id="registry-updates-about">{t('reportRegistryUpdatesAbout', status.host)}</p>
      <p class="muted" id="registry-updates-status" role="status">
        {busy ? t('reportRegistryChecking')
          : last ? t('reportRegistryLastCheck', [when(last.at), t(RESULT_KEY[last.result])])
          : status.enabled ? t('reportRegistryNeverChecked') : ''}
      </p>
      {status.inUse && <p class="muted" id="registry-updates-in-use">{t('reportRegistryInUse', shortDay(status.inUse.date))}</p>}
      {status.waitingHosts.length > 0 && (
        <p class="muted" id="registry-updates-waiting">{t('reportRegistryWaiting', [String(status.waitingHosts.length), status.waitingHosts.join(', ')])}</p>
      )}
    </div>
  );
}
