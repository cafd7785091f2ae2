// Paste an article or pick an HTML file; the record shows at once (nothing is stored).
import { el } from '../dom.js';
import { recordView } from '../record-view.js';

export async function analyzePage() {
  const result = el('div', { class: 'analyze-result', 'data-testid': 'analyze-result' });
  const status = el('p', { class: 'muted', role: 'status' });
  const text = el('textarea', {
    name: 'text',
    rows: 12,
    placeholder: 'Paste an article: headline first, then paragraphs.',
    'data-testid': 'analyze-text',
  });
  const file = el('input', {
    type: 'file',
    name: 'file',
    accept: '.html,.htm,.xhtml,.txt,text/html,text/plain',
    'data-testid': 'analyze-file',
  });
  const published = el('input', { type: 'date', name: 'published' });
  const submit = el('button', { type: 'submit', 'data-testid': 'analyze-submit' }, 'Analyze');
  const form = el(
    'form',
    { class: 'card analyze-form' },
    el('h1', {}, 'Analyze an article'),
    text,
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'or an HTML file ', file),
      el('label', {}, 'published ', published),
      submit,
    ),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new FormData();
    if (file.files?.[0]) body.set('file', file.files[0]);
    else body.set('text', text.value);
    if (published.value) body.set('published', published.value);
    submit.disabled = true;
    status.textContent = 'Analysing…';
    result.replaceChildren();
    try {
      const response = await fetch('/api/analyze', { method: 'POST', body });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error ?? `HTTP ${response.status}`);
      status.textContent = `${answer.entities.length} entities, ${answer.quotes.length} quotes, ${answer.amounts.length} amounts, ${answer.dates.length} dates, ${answer.events.length} events, ${answer.flags.length} flags`;
      result.replaceChildren(
        el('h2', {}, answer.meta.title ?? 'Result'),
        recordView(answer, { linkEntities: false }),
      );
    } catch (error) {
      status.textContent = '';
      result.replaceChildren(el('p', { class: 'error', role: 'alert' }, String(error.message ?? error)));
    } finally {
      submit.disabled = false;
    }
  });
  file.addEventListener('change', () => {
    if (file.files?.[0]) text.value = '';
  });
  return el('div', {}, form, result);
}
