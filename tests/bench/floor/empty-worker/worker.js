// Answers the panel's ping as Tend's background does, with nothing loaded before it.
chrome.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
