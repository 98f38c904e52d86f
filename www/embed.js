// The demo news site's own script: a share button (a host handler that must keep working)
// and a switch that highlights the story with presslens's highlight() and clears it again.

import { ready, highlight } from './presslens.js';

const body = document.getElementById('story-body');
const toggle = document.getElementById('toggle-highlights');
const status = document.getElementById('toggle-status');
let handle = null;

document.getElementById('share').addEventListener('click', () => {
  document.getElementById('share-status').textContent = 'Link copied.';
});

toggle.addEventListener('change', async () => {
  if (!toggle.checked) {
    handle?.clear();
    handle = null;
    status.textContent = '';
    return;
  }
  try {
    await ready();
    handle = highlight(body);
    const { entities, claims } = handle.analysis;
    status.textContent = `presslens: ${entities.length} entities, ${claims.length} claims. Hover a highlight, or Tab to it, for details.`;
  } catch (error) {
    toggle.checked = false;
    status.textContent = `presslens could not load: ${error.message}`;
  }
});
