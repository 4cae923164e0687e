// Report a problem (a button that opens a form, for profiles, sessions and lessons) and the
// reporter's own reports.
import {
  MhElement, h, fill, loading, empty, statusRegion, setStatus, field, showProblem, clearErrors,
  when, label, busy, define,
} from '../lib/core.js';

export const CATEGORIES = ['HARASSMENT', 'SPAM', 'INAPPROPRIATE', 'MISREPRESENTATION', 'NO_SHOW', 'SAFETY', 'PRIVACY', 'OTHER'];
const CATEGORY_HELP = {
  HARASSMENT: 'Harassment or bullying', SPAM: 'Spam or selling', INAPPROPRIATE: 'Inappropriate content',
  MISREPRESENTATION: 'Misrepresentation (false claims)', NO_SHOW: 'Did not show up', SAFETY: 'Safety concern',
  PRIVACY: 'Privacy (personal data shared)', OTHER: 'Something else',
};

/** `<mh-report-button target-type target-id target-name>`: reports what it sits next to. */
export class MhReportButton extends MhElement {
  static get observedAttributes() {
    return ['token', 'target-id'];
  }

  static css = `:host { display: inline-block; margin-top: .5rem; } :host([open]) { display: block; }`;

  refresh() {
    this.removeAttribute('open');
    const what = this.getAttribute('target-name') || 'this';
    this.toggle = h('button', { class: 'secondary', 'aria-expanded': 'false', on: { click: () => this.openForm() } }, 'Report a problem');
    this.toggle.setAttribute('aria-label', `Report a problem with ${what}`);
    fill(this.root, this.toggle);
  }

  openForm() {
    const what = this.getAttribute('target-name') || 'this';
    this.setAttribute('open', '');
    const category = h('select', { name: 'category', required: true },
      h('option', { value: '' }, 'Choose…'), CATEGORIES.map((c) => h('option', { value: c }, CATEGORY_HELP[c])));
    const description = h('textarea', { name: 'description', rows: 4, maxlength: 2000, required: true });
    const region = statusRegion();
    const submit = h('button', { type: 'submit', class: 'danger' }, 'Send report');
    const cancel = h('button', { type: 'button', class: 'secondary', on: { click: () => { this.refresh(); this.toggle.focus(); } } }, 'Cancel');
    const form = h('form', { class: 'card', 'aria-label': `Report ${what}`, novalidate: true },
      h('h3', {}, `Report a problem with ${what}`),
      h('p', { class: 'muted' }, 'Moderators see your report; the person reported never sees who reported them.'),
      region,
      field('What kind of problem?', category),
      field('What happened?', description, 'At least 10 characters. Facts help moderators act quickly.'),
      h('div', { class: 'row' }, submit, cancel));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      busy(submit, async () => {
        try {
          const r = await this.api.post('reports', {
            targetType: this.getAttribute('target-type'), targetId: this.getAttribute('target-id'),
            category: category.value || null, description: description.value.trim(),
          });
          fill(this.root, h('p', { class: 'status ok', role: 'status' }, `Thank you. Your report was received (${label(r.status)}). Moderators will look at it.`));
        } catch (err) {
          if (err.status === 429) err.message = 'You have sent many reports in a short time; please try again later.';
          showProblem(form, region, err);
        }
      });
    });
    fill(this.root, form);
    category.focus();
  }
}

/** `<mh-my-reports>`: what I reported and where each case stands. */
export class MhMyReports extends MhElement {
  async refresh() {
    const region = statusRegion();
    fill(this.root, h('h2', {}, 'My reports'), loading());
    try {
      const list = await this.api.get('reports/mine');
      fill(this.root, h('h2', {}, 'My reports'), region,
        list.length ? h('div', { class: 'table-wrap' }, h('table', {},
          h('caption', { class: 'sr-only' }, 'My reports'),
          h('thead', {}, h('tr', {}, ['Sent', 'About', 'Problem', 'Status'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, list.map((r) => h('tr', {},
            h('td', {}, when(r.createdAt)), h('td', {}, `${label(r.targetType)}: ${r.targetId}`),
            h('td', {}, label(r.category)), h('td', {}, label(r.status)))))))
          : empty('You have not reported anything.'));
    } catch (e) {
      fill(this.root, h('h2', {}, 'My reports'), region);
      showProblem(null, region, e);
    }
  }
}

define('mh-report-button', MhReportButton);
define('mh-my-reports', MhMyReports);
