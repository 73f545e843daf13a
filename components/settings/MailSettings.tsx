import { type FormEvent, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { saveSettings } from '../../storage/save-settings';
import { normaliseEmail } from '../../utils/identity';
import { parseAddressList } from '../../utils/mail-address';
import type { Settings } from '../../utils/model/settings';
import { OUTLOOK_ORIGINS } from '../../utils/page-scripts';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { StatusLine } from '../StatusLine';

/** The rep's other addresses: a message from one of them counts as the rep's own (outbound). */
export function MyAddressesForm({ settings }: { settings: Settings }) {
  const [text, setText] = useState(settings.myAddresses.join('\n'));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines = text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean);
    // Each line an address, as written or pasted from a header ("Riley <riley@acme.example>").
    const invalid = lines.filter((line) => !normaliseEmail(line) && parseAddressList(line).length === 0);
    if (invalid.length > 0) {
      setMessage({ text: `Not saved: ${invalid.join(', ')} is not an address.`, error: true });
      return;
    }
    const addresses = [...new Set(lines.flatMap((line) => parseAddressList(line).map((mailbox) => mailbox.email)))];
    try {
      await saveSettings({ myAddresses: addresses });
      setText(addresses.join('\n'));
      setMessage({ text: `Your addresses saved (${addresses.length}).`, error: false });
    } catch (caught) {
      setMessage({ text: describeError(caught), error: true });
    }
  };
  return (
    <form className="form" onSubmit={submit} aria-label="My addresses">
      <h2>My addresses</h2>
      <p className="hint">
        Your other addresses and aliases, one per line. A message from any of them is yours: logged as outbound, and you are never listed as
        a participant.
      </p>
      <label className="field" htmlFor="my-addresses">
        <span>Your addresses</span>
        <textarea
          id="my-addresses"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={'riley@acme.example\nriley.rep@acme-sales.example'}
        />
      </label>
      {message?.error ? <ErrorLine message={message.text} /> : <StatusLine message={message?.text ?? null} />}
      <div className="actions">
        <button type="submit" className="button primary">
          Save my addresses
        </button>
      </div>
    </form>
  );
}

const ORIGINS = [...OUTLOOK_ORIGINS];

/**
 * Outlook on the web, switched on here: its hosts are optional permissions, asked for in this
 * click. Until the browser grants them Tend has no access to Outlook at all.
 */
export function OutlookSetting() {
  const [granted, setGranted] = useState<boolean | undefined>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    const check = () => {
      browser.permissions
        .contains({ origins: ORIGINS })
        .then(setGranted)
        .catch(() => setGranted(false));
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const switchOn = () => {
    setMessage(null);
    // Inside the click: the browser asks only for a request the rep made.
    browser.permissions
      .request({ origins: ORIGINS })
      .then((yes) => {
        setGranted(yes);
        setMessage(
          yes
            ? { text: 'Outlook is on: open a conversation in Outlook on the web and Tend shows who is on it.', error: false }
            : { text: 'Outlook stays off: the browser did not give Tend access to Outlook.', error: true },
        );
      })
      .catch((caught: unknown) => setMessage({ text: describeError(caught), error: true }));
  };
  const switchOff = () => {
    browser.permissions
      .remove({ origins: ORIGINS })
      .then(() => {
        setGranted(false);
        setMessage({ text: 'Outlook is off: Tend no longer has access to Outlook.', error: false });
      })
      .catch((caught: unknown) => setMessage({ text: describeError(caught), error: true }));
  };
  if (granted === undefined) return null;
  return (
    <section aria-labelledby="outlook-heading" className="form">
      <h2 id="outlook-heading">Outlook on the web</h2>
      <p className="hint">
        Reads the conversation open in Outlook’s reading pane (outlook.office.com, outlook.office365.com, outlook.live.com): who wrote to
        whom and when, never what they wrote. {granted ? 'On.' : 'Off: Tend has no access to Outlook.'}
      </p>
      {message?.error ? <ErrorLine message={message.text} /> : <StatusLine message={message?.text ?? null} />}
      <div className="actions">
        {granted ? (
          <button type="button" className="button" onClick={switchOff}>
            Switch Outlook off
          </button>
        ) : (
          <button type="button" className="button primary" onClick={switchOn}>
            Switch Outlook on
          </button>
        )}
      </div>
    </section>
  );
}
