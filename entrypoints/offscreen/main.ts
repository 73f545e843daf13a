import { browser } from 'wxt/browser';
import { idleWatch } from '../../utils/background/idle-watch';
import { answerCall, asWorkCall } from '../../utils/background/work-call';
import type { OutgoingMessage } from '../../utils/messages';
import { backgroundWork } from '../background/work';

// Chrome's offscreen document: runs the background's database and schema work for the worker,
// which opens it on first need (entrypoints/background/load-work.ts). It answers the worker's calls
// only; every other message (the panel's, the page scripts') is the worker's to answer. After a
// minute without a call it tells the worker, which closes it when it has no call on the way.
const WORKER = browser.runtime.getURL('/background.js');
const IDLE_MS = 60_000;

const idle = idleWatch(IDLE_MS, () => {
  const message: OutgoingMessage = { type: 'work-idle' };
  void browser.runtime.sendMessage(message).catch(() => undefined);
});

browser.runtime.onMessage.addListener((raw, sender) => {
  const call = sender.url === WORKER && sender.tab === undefined ? asWorkCall(raw) : null;
  return call ? idle.track(() => answerCall(backgroundWork, call.method, call.args)) : undefined;
});
