/**
 * The page opened once on install: what AI 원산지 does, that nothing leaves the browser, and how to pin
 * the icon — the badge is the product's first sentence and is invisible until pinned in Chrome.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { updateConfig } from '../registry/update/config';

const isFirefox = (): boolean => browser.runtime.getURL('').startsWith('moz-extension:');

export function Welcome() {
  const points = [
    ['🏷️', 'welcomeLabelTitle', 'welcomeLabelBody'],
    ['🇰🇷', 'welcomeAltTitle', 'welcomeAltBody'],
    ['🔒', 'welcomePrivacyTitle', 'welcomePrivacyBody'],
    ['📌', 'welcomePinTitle', isFirefox() ? 'welcomePinFirefox' : 'welcomePinChrome'],
  ] as const;
  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeLead')}</p>
      <ol class="points">
        {points.map(([icon, title, body]) => (
          <li key={title} id={title}>
            <span class="icon" aria-hidden="true">{icon}</span>
            <div>
              <h2>{t(title)}</h2>
              <p>
                {t(body)}
                {/* Registry updates (issue 17): what is fetched, from where, how often — and that nothing about her is sent. */}
                {title === 'welcomePrivacyTitle' && <> <span id="welcome-updates">{t('welcomeUpdatesNote', new URL(updateConfig.url).host)}</span></>}
              </p>
              {title === 'welcomeLabelTitle' && <span class="example">{t('welcomeExample')}</span>}
            </div>
          </li>
        ))}
      </ol>
      <p class="actions">
        <a class="button primary" href={browser.runtime.getURL('report.html#settings')}>{t('welcomeSettings')}</a>
      </p>
    </>
  );
}
