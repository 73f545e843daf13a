import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useState } from 'react';
import { saveSettings } from '../../storage/save-settings';
import { getSettings } from '../../storage/settings';
import { STAGES, type Stage } from '../../utils/model/vocabulary';
import { AutoBackupSetting } from '../AutoBackupSetting';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { STAGE_LABELS } from '../labels';
import { hrefOf } from '../router';
import { StatusLine } from '../StatusLine';
import { MyAddressesForm, OutlookSetting } from '../settings/MailSettings';

interface SaveOutcome {
  text: string;
  error: boolean;
}

export function SettingsView() {
  const settings = useLiveQuery(() => getSettings(), []);
  const [cadence, setCadence] = useState<Record<Stage, string> | null>(null);
  const [message, setMessage] = useState<SaveOutcome | null>(null);

  useEffect(() => {
    if (settings && !cadence) {
      setCadence(
        Object.fromEntries(STAGES.map((stage) => [stage, settings.cadenceByStage[stage]?.toString() ?? ''])) as Record<Stage, string>,
      );
    }
  }, [settings, cadence]);

  if (!cadence) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const cadenceByStage = Object.fromEntries(
        STAGES.map((stage) => [stage, cadence[stage].trim() ? Number(cadence[stage]) : null]),
      ) as Record<Stage, number | null>;
      await saveSettings({ cadenceByStage });
      setMessage({ text: 'Settings saved.', error: false });
    } catch (caught) {
      setMessage({ text: describeError(caught), error: true });
    }
  };

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <p>
        <a href={hrefOf({ name: 'data' })}>Import & export</a>: LinkedIn connections, backup and restore.
      </p>
      <p>
        <a href={hrefOf({ name: 'welcome' })}>Welcome and first steps</a>: what Tend reads, where it keeps it, where to start.
      </p>
      <p>
        <a href={hrefOf({ name: 'capture-health' })}>Capture health</a>: what Tend finds on the pages it reads, and a redacted copy of a
        page to report.
      </p>
      {settings ? <AutoBackupSetting settings={settings} /> : null}
      <form className="form" onSubmit={submit} aria-label="Cadence by stage">
        <h2>Default cadence</h2>
        <p className="hint">Days between touches for each stage. Empty: never reminded.</p>
        {STAGES.map((stage) => (
          <label key={stage} className="field inline" htmlFor={`cadence-${stage}`}>
            <span>{STAGE_LABELS[stage]}</span>
            <input
              id={`cadence-${stage}`}
              type="number"
              min={1}
              max={3650}
              value={cadence[stage]}
              onChange={(event) => setCadence({ ...cadence, [stage]: event.target.value })}
            />
          </label>
        ))}
        <SaveMessage message={message} />
        <div className="actions">
          <button type="submit" className="button primary">
            Save settings
          </button>
        </div>
      </form>
      <NeverLogForm initial={settings?.neverLog ?? []} />
      {settings ? <MyAddressesForm settings={settings} /> : null}
      <OutlookSetting />
    </section>
  );
}

function NeverLogForm({ initial }: { initial: string[] }) {
  const [text, setText] = useState(initial.join('\n'));
  const [message, setMessage] = useState<SaveOutcome | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entries = [
      ...new Set(
        text
          .split(/[\n,;]+/)
          .map((entry) => entry.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const invalid = entries.filter((entry) => !/^(@?[a-z0-9-]+(\.[a-z0-9-]+)+|[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+)$/.test(entry));
    if (invalid.length > 0) {
      setMessage({ text: `Not saved: ${invalid.join(', ')} is not an address or a domain.`, error: true });
      return;
    }
    try {
      await saveSettings({ neverLog: entries });
      setText(entries.join('\n'));
      setMessage({ text: `Never-log list saved (${entries.length}).`, error: false });
    } catch (caught) {
      setMessage({ text: describeError(caught), error: true });
    }
  };
  return (
    <form className="form" onSubmit={submit} aria-label="Never log">
      <h2>Never log</h2>
      <p className="hint">
        Addresses and whole domains (e.g. your colleagues' @acme.com) left out of Gmail and Outlook threads. One per line.
      </p>
      <label className="field" htmlFor="never-log">
        <span>Addresses and domains</span>
        <textarea
          id="never-log"
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={'@acme.com\nassistant@example.com'}
        />
      </label>
      <SaveMessage message={message} />
      <div className="actions">
        <button type="submit" className="button primary">
          Save never-log list
        </button>
      </div>
    </form>
  );
}

/** The outcome of a save: an alert when it failed, a polite status when it worked. */
function SaveMessage({ message }: { message: SaveOutcome | null }) {
  return message?.error ? <ErrorLine message={message.text} /> : <StatusLine message={message?.text ?? null} />;
}
