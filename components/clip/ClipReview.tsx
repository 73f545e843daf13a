import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { addClip } from '../../storage/clips';
import { getContact } from '../../storage/contact-reads';
import type { PendingClip } from '../../utils/clip/pending-clip';
import { readArticle } from '../../utils/clip/read-article';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { navigate } from '../router';
import { useContactSearch } from '../useContactSearch';
import './ClipReview.css';

/** A grabbed page read with Readability, shown as text; the rep says whose it is and keeps it. */
export function ClipReview({ pending, contactId, onDone }: { pending: PendingClip; contactId?: string | undefined; onDone: () => void }) {
  const id = useId();
  const article = useMemo(() => readArticle(new DOMParser().parseFromString(pending.html, 'text/html'), pending.url), [pending]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | undefined>(contactId);
  const [error, setError] = useState<string | null>(null);
  const current = useLiveQuery(() => (chosen ? getContact(chosen) : Promise.resolve(undefined)), [chosen]);
  const matches = useContactSearch(query, 8);

  const keep = async () => {
    if (!article || !chosen) return;
    try {
      await addClip({ ...article, contactId: chosen });
      await onDone();
      navigate({ name: 'contact', id: chosen });
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <section className="card clip-review" aria-label="Clip an article">
      <h2>Clip</h2>
      {article ? (
        <>
          <p>
            <strong>{article.title}</strong>
          </p>
          <p className="muted">{[article.byline, article.siteName, new URL(article.url).hostname].filter(Boolean).join(' · ')}</p>
          {article.excerpt ? <p>{article.excerpt}</p> : null}
          <p className="clip-text">{article.text.slice(0, 600)}…</p>
        </>
      ) : (
        <p className="error" role="alert">
          No article found on this page ({new URL(pending.url).hostname}).
        </p>
      )}
      <ErrorLine message={error} />
      {article ? (
        <>
          <p>{current ? `Keep on ${current.fullName}` : 'Whose article is this?'}</p>
          <label className="field" htmlFor={`${id}-who`}>
            <span>{current ? 'Or another contact' : 'Find the contact'}</span>
            <input id={`${id}-who`} value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name, company…" />
          </label>
          {matches && matches.length > 0 ? (
            <ul className="rows" aria-label="Contacts found">
              {matches.map((contact) => (
                <li key={contact.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      setChosen(contact.id);
                      setQuery('');
                    }}
                  >
                    {contact.fullName}
                    {contact.companyName ? `, ${contact.companyName}` : ''}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="button primary" disabled={!article || !current} onClick={() => void keep()}>
          {current ? `Keep on ${current.fullName}` : 'Keep'}
        </button>
        <button type="button" className="button" onClick={() => void onDone()}>
          Discard
        </button>
      </div>
    </section>
  );
}
