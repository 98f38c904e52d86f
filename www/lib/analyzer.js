// The page's analyser: one module worker, at most one text in flight, only the newest text
// analysed next (intermediate keystrokes are skipped, never queued).

export class Analyzer {
  #worker;
  #nextId = 1;
  #inFlight = null; // { id, text }
  #queued = null; // the newest text waiting for the worker
  #onResult;

  /** `onResult({ text, result, ms })` or `onResult({ text, error })` for each analysed text. */
  constructor(onResult) {
    this.#onResult = onResult;
    this.#worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.#worker.addEventListener('message', (event) => this.#received(event.data));
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      const text = this.#inFlight?.text ?? this.#queued ?? '';
      this.#inFlight = null;
      this.#onResult({ text, error: { name: 'LoadError', message: 'the analyser could not start' } });
    });
  }

  /** Whether a text is being analysed or waiting. */
  get busy() {
    return this.#inFlight !== null || this.#queued !== null;
  }

  /** Asks for `text` to be analysed; replaces any text still waiting. */
  request(text) {
    this.#queued = text;
    if (!this.#inFlight) this.#send();
  }

  #send() {
    const text = this.#queued;
    this.#queued = null;
    this.#inFlight = { id: this.#nextId++, text };
    this.#worker.postMessage({ id: this.#inFlight.id, text });
  }

  #received(message) {
    if (!this.#inFlight || message.id !== this.#inFlight.id) return;
    const { text } = this.#inFlight;
    this.#inFlight = null;
    if (this.#queued !== null) this.#send();
    this.#onResult({ text, ...message });
  }
}
