// The floor of the search table's fill and of the exports (panel.bench.ts): every record of the
// store its URL names (`?store=contacts`) read raw, in one request, in a worker, as the fill and the
// exports read them (storage/fill-in-worker.ts, storage/file-from-worker.ts). The records are taken
// from the request, so the worker builds them. Answers once read (the page times it from the
// worker's start), or why it failed.
const store = new URLSearchParams(location.search).get('store');
const open = indexedDB.open('tend');
open.onerror = () => postMessage({ failed: String(open.error) });
open.onsuccess = () => {
  const database = open.result;
  const request = database.transaction(store).objectStore(store).getAll();
  request.onerror = () => postMessage({ failed: String(request.error) });
  request.onsuccess = () => {
    const records = request.result;
    database.close();
    postMessage(records.length === 0 ? { failed: `no ${store} to read` } : {});
  };
};
