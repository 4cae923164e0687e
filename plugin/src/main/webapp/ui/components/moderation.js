// Moderation: the queue with priority, overdue flags and filters; a case with its reports and
// history; actions with notes; and (admins) the metrics.
import {
  MhElement, h, fill, loading, empty, statusRegion, setStatus, field, showProblem, clearErrors, when,
  label, busy, define,
} from '../lib/core.js';
import { CATEGORIES } from './reports.js';

const STATUSES = ['OPEN', 'IN_REVIEW', 'RESOLVED', 'DISMISSED'];
const TARGETS = ['MEMBER', 'MENTOR_PROFILE', 'MENTORSHIP_REQUEST', 'WEBINAR_SESSION', 'LESSON'];
const ACTIONS = {
  DISMISS: 'Dismiss (no problem found)', WARN: 'Warn the member', HIDE_PROFILE: 'Hide the mentor profile',
  SUSPEND_MENTOR: 'Suspend the mentor', REMOVE_FROM_SESSION: 'Remove from the session', RESTORE: 'Restore (undo a hide or suspension)',
};
const PAGE_SIZE = 20;

const options = (values, all, selected) => [h('option', { value: '' }, all),
  values.map((v) => h('option', { value: v, selected: v === selected }, label(v)))];

/** `<mh-moderation>`: the moderator's screen. */
export class MhModeration extends MhElement {
  static css = `
  .overdue { color: var(--_danger); font-weight: 700; }
  .prio { font-variant-numeric: tabular-nums; font-weight: 700; }
  tr.is-overdue td:first-child { border-left: 4px solid var(--_danger); }
  .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; align-items: end; }
  .metrics { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; }
  .metrics div { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .5rem; }
  .metrics strong { display: block; font-size: 1.4rem; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85em; margin: 0; }
  `;

  refresh() {
    this.filters = this.filters || { status: 'OPEN', category: '', targetType: '', sort: 'priority', page: 1 };
    const tabs = h('nav', { class: 'tabs', 'aria-label': 'Moderation sections' },
      h('button', { type: 'button', dataset: { tab: 'queue' }, on: { click: () => this.showQueue() } }, 'Queue'),
      h('button', { type: 'button', dataset: { tab: 'metrics' }, on: { click: () => this.showMetrics() } }, 'Metrics'));
    this.tabs = tabs;
    this.panel = h('div');
    fill(this.root, tabs, this.panel);
    this.showQueue();
  }

  current(tab) {
    this.tabs.querySelectorAll('button').forEach((b) => b.setAttribute('aria-current', b.dataset.tab === tab ? 'page' : 'false'));
  }

  showQueue() {
    this.current('queue');
    const f = this.filters;
    const status = h('select', { name: 'status' }, options(STATUSES, 'Any status', f.status));
    const category = h('select', { name: 'category' }, options(CATEGORIES, 'Any category', f.category));
    const targetType = h('select', { name: 'targetType' }, options(TARGETS, 'Anything', f.targetType));
    const sort = h('select', { name: 'sort' }, h('option', { value: 'priority', selected: f.sort === 'priority' }, 'Priority'),
      h('option', { value: 'age', selected: f.sort === 'age' }, 'Oldest first'));
    const region = statusRegion();
    const form = h('form', { class: 'filters card', 'aria-label': 'Queue filters' },
      field('Status', status), field('Category', category), field('About', targetType), field('Sort by', sort));
    form.addEventListener('change', () => {
      Object.assign(this.filters, { status: status.value, category: category.value, targetType: targetType.value, sort: sort.value, page: 1 });
      this.loadQueue(list, region, form);
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    const list = h('div', { 'aria-live': 'polite' });
    fill(this.panel, h('h2', {}, 'Moderation queue'), form, region, list);
    this.loadQueue(list, region, form);
  }

  async loadQueue(list, region, form) {
    list.setAttribute('aria-busy', 'true');
    if (!list.firstChild) list.append(loading('Loading cases…'));
    const f = this.filters;
    try {
      const q = await this.api.get('moderation/cases', { status: f.status, category: f.category, targetType: f.targetType, sort: f.sort, page: f.page, size: PAGE_SIZE });
      setStatus(region, '');
      const pages = Math.max(1, Math.ceil(q.total / PAGE_SIZE));
      fill(list, q.cases.length ? [
        h('p', { class: 'muted' }, `${q.total} case${q.total === 1 ? '' : 's'}`),
        h('div', { class: 'table-wrap' }, h('table', { class: 'queue' },
          h('caption', { class: 'sr-only' }, 'Cases'),
          h('thead', {}, h('tr', {}, ['Priority', 'About', 'Problems', 'Reports', 'Status', 'Opened', ''].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, q.cases.map((c) => h('tr', { class: c.overdue ? 'is-overdue' : '', dataset: { caseId: c.id, targetId: c.targetId } },
            h('td', { class: 'prio' }, String(c.priority)),
            h('td', {}, h('div', {}, label(c.targetType)), h('div', { class: 'muted' }, c.targetId)),
            h('td', {}, c.categories.map(label).join(', ')),
            h('td', {}, String(c.reportCount)),
            h('td', {}, label(c.status), c.assignee ? h('div', { class: 'muted' }, `→ ${c.assignee}`) : null),
            h('td', {}, when(c.openedAt), c.overdue ? h('div', { class: 'overdue' }, 'Overdue') : null),
            h('td', {}, h('button', { type: 'button', class: 'secondary', 'aria-label': `Open case about ${label(c.targetType)} ${c.targetId}`,
              on: { click: () => this.showCase(c.id) } }, 'Open'))))))),
        h('nav', { class: 'row', 'aria-label': 'Pages' },
          h('button', { class: 'secondary', disabled: f.page <= 1, on: { click: () => { f.page -= 1; this.loadQueue(list, region, form); } } }, '‹ Previous'),
          h('span', {}, `Page ${f.page} of ${pages}`),
          h('button', { class: 'secondary', disabled: f.page >= pages, on: { click: () => { f.page += 1; this.loadQueue(list, region, form); } } }, 'Next ›'))]
        : empty('No cases match. Nothing to do here.'));
    } catch (e) {
      fill(list);
      showProblem(form, region, e);
    } finally {
      list.removeAttribute('aria-busy');
    }
  }

  async showCase(id) {
    this.current('queue');
    const region = statusRegion();
    fill(this.panel, loading('Loading the case…'));
    let detail;
    let audit;
    try {
      [detail, audit] = await Promise.all([this.api.get(`moderation/cases/${id}`), this.api.get(`moderation/cases/${id}/audit`)]);
    } catch (e) {
      fill(this.panel, region);
      showProblem(null, region, e);
      return;
    }
    const c = detail.summary;
    const open = c.status === 'OPEN' || c.status === 'IN_REVIEW';
    const assign = h('button', { type: 'button', class: 'secondary' }, 'Assign to me');
    assign.addEventListener('click', () => busy(assign, async () => {
      try {
        await this.api.post(`moderation/cases/${id}/assign`, {});
        await this.showCase(id);
      } catch (e) {
        showProblem(null, region, e);
      }
    }));
    const action = h('select', { name: 'action' }, h('option', { value: '' }, 'Choose an action…'),
      Object.entries(ACTIONS).map(([v, t]) => h('option', { value: v }, t)));
    const note = h('textarea', { name: 'note', rows: 3, maxlength: 2000 });
    const submit = h('button', { type: 'submit' }, 'Take action');
    const form = h('form', { class: 'card', 'aria-label': 'Act on this case', novalidate: true },
      h('h3', {}, 'Act'), field('Action', action), field('Note for the audit trail', note, 'Why; required.'), submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      busy(submit, async () => {
        try {
          await this.api.post(`moderation/cases/${id}/actions`, { action: action.value || null, note: note.value.trim() });
          await this.showCase(id);
          setStatus(this.panel.querySelector('.status'), `Done: ${ACTIONS[action.value] || action.value}.`);
        } catch (err) {
          showProblem(form, region, err);
        }
      });
    });
    fill(this.panel,
      h('button', { class: 'secondary', on: { click: () => this.showQueue() } }, '‹ Back to the queue'),
      h('h2', {}, `Case about ${label(c.targetType)} ${c.targetId}`),
      region,
      h('div', { class: 'card' },
        h('p', {}, h('strong', {}, 'Status: '), label(c.status), c.assignee ? ` · assigned to ${c.assignee}` : ' · unassigned',
          c.overdue ? h('span', { class: 'overdue' }, ' · Overdue') : null),
        h('p', {}, h('strong', {}, 'Priority: '), String(c.priority), ' · ', h('strong', {}, 'Problems: '), c.categories.map(label).join(', ')),
        h('p', { class: 'muted' }, `Opened ${when(c.openedAt)}${detail.closedAt ? ` · closed ${when(detail.closedAt)}` : ''}${detail.outcome ? ` · outcome ${label(detail.outcome)}` : ''}`),
        open && !c.assignee ? assign : null),
      h('h3', {}, `Reports (${detail.reports.length})`),
      h('ul', { class: 'plain', 'aria-label': 'Reports' }, detail.reports.map((r) => h('li', { class: 'card' },
        h('p', { class: 'muted' }, `${label(r.category)} · ${when(r.createdAt)} · by ${r.reporterId}`),
        h('p', { style: 'white-space:pre-line' }, r.description)))),
      form,
      h('h3', {}, 'History'),
      audit.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'audit' },
        h('caption', { class: 'sr-only' }, 'Audit trail'),
        h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Note'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, audit.map((a) => h('tr', {}, h('td', {}, when(a.at)), h('td', {}, a.actor), h('td', {}, label(a.action)),
          h('td', {}, a.note || '', a.before || a.after ? h('details', {}, h('summary', {}, 'Change'), h('pre', {}, `before: ${a.before || '—'}\nafter: ${a.after || '—'}`)) : null))))))
        : empty('No history yet.'));
  }

  async showMetrics() {
    this.current('metrics');
    const region = statusRegion();
    fill(this.panel, h('h2', {}, 'Metrics'), loading());
    try {
      const m = await this.api.get('moderation/metrics');
      const minutes = (x) => (x == null ? '—' : x < 1 ? '< 1 min' : x < 120 ? `${Math.round(x)} min` : `${(x / 60).toFixed(1)} h`);
      fill(this.panel, h('h2', {}, 'Metrics'), h('div', { class: 'metrics' },
        [['Open cases', String(m.openCases)], ['Overdue cases', String(m.overdueCases)],
          ['First action, median', minutes(m.firstActionMedianMinutes)], ['First action, p90', minutes(m.firstActionP90Minutes)],
          ['Resolution, median', minutes(m.resolutionMedianMinutes)], ['Resolution, p90', minutes(m.resolutionP90Minutes)]]
          .map(([k, v]) => h('div', {}, h('strong', {}, v), k))));
    } catch (e) {
      fill(this.panel, h('h2', {}, 'Metrics'), region);
      if (e.status === 403) setStatus(region, 'Only admins see the moderation metrics.', 'error');
      else showProblem(null, region, e);
    }
  }
}

define('mh-moderation', MhModeration);
