// The floor of the search table's fill (panel.bench.ts): every contact's search entry read raw, in
// one request, in a worker, as the fill reads them (storage/fill-in-worker.ts). The records are
// taken from the request, so the worker builds them. Answers once read (the page times it from the
// worker's start), or why it failed.
const open = indexedDB.open('tend');
open.onerror = () => postMessage({ failed: String(open.error) });
open.onsuccess = () => {
  const database = open.result;
  const request = database.transaction('contactWords').objectStore('contactWords').getAll();
  request.onerror = () => postMessage({ failed: String(request.error) });
  request.onsuccess = () => {
    const records = request.result;
    database.close();
    postMessage(records.length === 0 ? { failed: 'no contactWords to read' } : {});
  };
};
