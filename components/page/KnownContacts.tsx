import { useState } from 'react';
import { plural } from '../../utils/plural';
import { describeError } from '../errors';
import { hrefOf } from '../router';

export interface KnownRow {
  contactId: string;
  title: string;
  sub: string;
  /** What is on the page is already logged on this contact. */
  logged: boolean;
}

/**
 * The kept people on a thread or conversation, each ticked unless already logged, and one action
 * that logs it on the ticked ones; its outcome is announced.
 */
export function KnownContacts({
  label,
  rows,
  what,
  onLog,
}: {
  label: string;
  rows: readonly KnownRow[];
  /** "thread", "conversation": the action reads "Log thread on 2 contacts". */
  what: string;
  onLog: (contactIds: string[]) => Promise<{ logged: number }>;
}) {
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const chosen = rows.filter((row) => !row.logged && !unticked.has(row.contactId)).map((row) => row.contactId);
  const log = async () => {
    try {
      const result = await onLog(chosen);
      setStatus({ text: `Logged on ${plural(result.logged, 'contact')}.`, error: false });
    } catch (caught) {
      setStatus({ text: describeError(caught), error: true });
    }
  };
  return (
    <>
      {rows.length > 0 ? (
        <>
          <h2>Known contacts</h2>
          <ul className="rows" aria-label={label}>
            {rows.map(({ contactId, title, sub, logged }) => (
              <li key={contactId} className="row">
                <label className="check">
                  <input
                    type="checkbox"
                    disabled={logged}
                    checked={logged || !unticked.has(contactId)}
                    onChange={(event) => {
                      const next = new Set(unticked);
                      if (event.target.checked) next.delete(contactId);
                      else next.add(contactId);
                      setUnticked(next);
                    }}
                  />
                  <span className="row-main">
                    <span className="row-title">{title}</span>
                    <span className="row-sub">{sub}</span>
                  </span>
                </label>
                {logged ? <span className="badge">Logged</span> : <a href={hrefOf({ name: 'contact', id: contactId })}>Open</a>}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button primary" disabled={chosen.length === 0} onClick={log}>
              {chosen.length === 0
                ? `${what === 'thread' ? 'Thread' : 'Latest message'} logged`
                : `Log ${what} on ${plural(chosen.length, 'contact')}`}
            </button>
          </div>
        </>
      ) : null}
      {status ? (
        <p className={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </>
  );
}
