import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { preloadRoute } from '../../components/view-loaders';
import { openEarly } from '../../storage/db-status';
import { yieldToTasks } from '../../utils/yield-to-page';
import '../../components/tokens.css';
import '../../components/App.css';

// Opened on the contact list, its first rows are being read already (entrypoints/sidepanel-early.ts).
openEarly();
const root = document.getElementById('root');
// The first view's code is loaded before the first render, so that render never waits on it. It is
// asked for in a task of its own: each file asked for holds the page 5-11 ms with the CPU slowed 4x,
// and Today's, asked for inside this module's evaluation, made that a task of 126 ms (traced
// 2026-12-05, 200,000 contacts). A message to ourselves, not a timer: probed at 200,000 contacts
// throttled, ten loads each, the first rows came as soon, but a task over 50 ms came before them in
// 6 of 10 loads with a timer (up to 140 ms), 2 of 10 with the message (up to 61 ms).
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  void yieldToTasks()
    .then(() => preloadRoute(window.location.hash))
    .then(render, render);
}
