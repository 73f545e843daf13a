// The floor page's scan strings (floor.tsx): every `contactWords` entry's search string and result
// row, read in a worker and handed to the page in blocks of 2,000, then `{ done: true }`, or why the
// read failed. Read on the page, the 200,000 records left the browser an object each to finalize on
// the page's thread, and it did that in the next page the bench opened there, the panel's: tasks of
// 1.3-2.6 s in 3 of 21 first-list loads at 200,000 contacts throttled, traced as
// `CppGC.SweepFinalizeEmptyPages` (2026-12-05), none over 160 ms in ten loads without the floor's.
// The panel fills its own search table in a worker for the same reason (storage/fill-in-worker.ts).
const BLOCK = 2_000;
const open = indexedDB.open('tend');
open.onerror = () => postMessage({ failed: String(open.error) });
open.onsuccess = () => {
  const database = open.result;
  const request = database.transaction('contactWords').objectStore('contactWords').getAll();
  request.onerror = () => postMessage({ failed: String(request.error) });
  request.onsuccess = () => {
    database.close();
    const everyone = request.result.flatMap((entry) => (entry.summary ? [{ row: entry.summary, haystack: entry.words }] : []));
    if (everyone.length === 0) return postMessage({ failed: 'no contactWords to read' });
    for (let start = 0; start < everyone.length; start += BLOCK) postMessage({ block: everyone.slice(start, start + BLOCK) });
    postMessage({ done: true });
  };
};
