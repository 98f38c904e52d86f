// Module worker: analyses texts off the main thread so typing never waits for the analyser.
// Messages in: { id, text }; out: { id, result, ms } or { id, error: { name, message } }.

import init, { analyze } from '../pkg/presslens.js';

const loaded = init().then(
  () => null,
  (error) => error,
);

self.addEventListener('message', async (event) => {
  const { id, text } = event.data;
  const failure = await loaded;
  if (failure) {
    self.postMessage({ id, error: { name: 'LoadError', message: String(failure?.message ?? failure) } });
    return;
  }
  const t0 = performance.now();
  try {
    const result = analyze(text);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
