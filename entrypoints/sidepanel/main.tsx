import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { preloadRoute } from '../../components/view-loaders';
import { openEarly } from '../../storage/db-status';
import '../../components/tokens.css';
import '../../components/App.css';

// Opened on the contact list, its first rows are being read already (entrypoints/sidepanel-early.ts).
openEarly();
const root = document.getElementById('root');
// The first view's code is loaded before the first render, so that render never waits on it. It is
// asked for in a task of its own: each file asked for holds the page 5-11 ms with the CPU slowed 4x,
// and Today's, asked for inside this module's evaluation, made that a task of 126 ms (traced
// 2026-12-05, 200,000 contacts). The task is a message to ourselves, as utils/yield-to-page.ts's
// yieldToTasks, written out here: that module lives in the views' shared chunk, and importing it
// split the page's chunk (4 KB more at open). A timer instead showed the first rows as soon, but
// probed at 200,000 contacts throttled, ten loads each, 6 of 10 had a task over 50 ms before their
// first rows (up to 140 ms), 2 of 10 with the message (up to 61 ms).
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    void preloadRoute(window.location.hash).then(render, render);
  };
  channel.port2.postMessage(null);
}
