// Written by the bench before this page is built: the list's first rows, as the panel reads them.
import firstRows from 'floor-rows';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContactRow } from '../../../components/ContactRow';
import { VirtualList } from '../../../components/VirtualList';
import type { ContactSummary } from '../../../utils/model/contact';
import { wordsOf } from '../../../utils/search-words';
import '../../../components/tokens.css';
import '../../../components/App.css';
import '../../../components/views/ContactsView.css';

// The bench's floor for the contact list and its search: the same rows, rendered by the same
// components, from memory instead of IndexedDB. It has no router, no app shell, no database layer:
// what is left is what any list of these rows costs on this machine, in this run.

const MATCHES_SHOWN = 100;

/**
 * Every contact's search string and result row, read once after the first render (that read is
 * not measured): the same `contactWords` entries the panel's search table reads, so the plain scan
 * goes through the same strings. Read in a worker (everyone-worker.js says why), as the panel's
 * table is filled in one. It read the whole contacts on the page before (2026-12-03): 200,000 of
 * them held this page 4-12 s throttled, and the panel's page opened next met tasks of 1.5-2.8 s.
 */
let everyone: { row: ContactSummary; haystack: string }[] = [];

type EveryoneMessage = { block: typeof everyone } | { done: true } | { failed: string };

function readEveryone(): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker('./everyone-worker.js');
    const read: (typeof everyone)[] = [];
    worker.onmessage = (event: MessageEvent<EveryoneMessage>) => {
      const message = event.data;
      if ('block' in message) return void read.push(message.block);
      worker.terminate();
      if ('failed' in message) return reject(new Error(message.failed));
      everyone = read.flat();
      resolve();
    };
    worker.onerror = () => reject(new Error("the floor's read worker did not start"));
  });
}

/** The plain scan: every typed word must start one of a contact's words. */
function scan(text: string): ContactSummary[] {
  const needles = wordsOf(text).map((word) => `\n${word.slice(0, 60)}`);
  const found: ContactSummary[] = [];
  for (const { row, haystack } of everyone) {
    if (needles.every((needle) => haystack.includes(needle))) {
      found.push(row);
      if (found.length > MATCHES_SHOWN) break;
    }
  }
  return found.sort((a, b) => a.fullName.localeCompare(b.fullName)).slice(0, MATCHES_SHOWN);
}

function Floor() {
  const [text, setText] = useState('');
  const rows = text.trim() ? scan(text) : (firstRows as ContactSummary[]);
  useEffect(() => {
    // A mark, not a flag: the bench waits for it with a PerformanceObserver, without polling the page.
    void readEveryone().then(() => performance.mark('floor:ready'));
  }, []);
  return (
    <div className="app">
      <main className="app-main">
        <section>
          <h1>Contacts</h1>
          <input
            type="search"
            className="search"
            aria-label="Search contacts"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <p className="hint">{rows.length} found</p>
          <VirtualList count={rows.length} rowHeight={56} label="Contacts">
            {(index) => {
              const contact = rows[index];
              return contact ? <ContactRow contact={contact} /> : null;
            }}
          </VirtualList>
        </section>
      </main>
    </div>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
