// Programme insights for admins: the funnel from member to achieved goal, and the KPIs, with
// filters and CSV downloads.
import {
  MhElement, h, fill, loading, empty, statusRegion, setStatus, field, showProblem, clearErrors, label,
  busy, define,
} from '../lib/core.js';

const pct = (x) => (x == null ? '—' : `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`);
const num = (x, unit = '') => (x == null ? '—' : `${x}${unit}`);

/** `<mh-insights programme="id">`: admin insights (funnel and KPIs). */
export class MhInsights extends MhElement {
  static css = `
  .funnel li { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .5rem; align-items: center; margin: .3rem 0; }
  .bar { background: #eef2f8; border-radius: var(--_radius); overflow: hidden; }
  .bar span { display: block; background: var(--_primary); color: var(--_on-primary); padding: .15rem .4rem; white-space: nowrap; min-width: 2.5rem; font-size: .9em; }
  .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .5rem; }
  .kpis div { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .5rem; }
  .kpis strong { display: block; font-size: 1.3rem; }
  .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; align-items: end; }
  @media (max-width: 520px) { .funnel li { grid-template-columns: 1fr; } }
  `;

  refresh() {
    this.region = statusRegion();
    const from = h('input', { type: 'date', name: 'from' });
    const to = h('input', { type: 'date', name: 'to' });
    const programme = h('input', { name: 'programme', value: this.getAttribute('programme') || '' });
    const apply = h('button', { type: 'submit' }, 'Show');
    this.form = h('form', { class: 'card filters', 'aria-label': 'Insight filters', novalidate: true },
      field('From', from), field('To', to), field('Programme id (optional)', programme), h('div', { class: 'field' }, apply));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      busy(apply, () => this.load());
    });
    this.out = h('div', { 'aria-live': 'polite' });
    fill(this.root, h('h2', {}, 'Programme insights'), this.form, this.region, this.out);
    this.load();
  }

  query() {
    const f = this.form.elements;
    return { from: f.from.value, to: f.to.value, programme: f.programme.value.trim() };
  }

  async load() {
    clearErrors(this.form, this.region);
    fill(this.out, loading('Loading insights…'));
    try {
      const [funnel, kpis] = await Promise.all([
        this.api.get('admin/insights/funnel', this.query()),
        this.api.get('admin/insights/kpis', this.query()),
      ]);
      fill(this.out, this.funnel(funnel), this.kpis(kpis));
    } catch (e) {
      fill(this.out);
      if (e.status === 404 && !(e.violations || []).length && !this.query().programme) {
        setStatus(this.region, 'Programme insights are not available on this server.', 'error');
      } else if (e.status === 403) {
        setStatus(this.region, 'Only admins see programme insights.', 'error');
      } else {
        showProblem(this.form, this.region, e);
      }
    }
  }

  csvButton(path, name) {
    const b = h('button', { type: 'button', class: 'secondary' }, `Download ${name} (CSV)`);
    b.addEventListener('click', () => busy(b, async () => {
      try {
        const url = new URL(path, 'http://x/');
        for (const [k, v] of Object.entries(this.query())) if (v) url.searchParams.set(k, v);
        const r = await this.api.request('GET', `${path}${url.search}`, { accept: 'text/csv', raw: true });
        const a = h('a', { href: URL.createObjectURL(await r.blob()), download: `${name}.csv` });
        this.root.append(a);
        a.click();
        a.remove();
      } catch (e) {
        showProblem(null, this.region, e);
      }
    }));
    return b;
  }

  funnel(f) {
    const stages = f.stages || [];
    const first = stages.length ? stages[0].count : 0;
    return h('section', { class: 'card', 'aria-labelledby': 'mh-funnel' },
      h('h3', { id: 'mh-funnel' }, 'Funnel'),
      stages.length ? h('ol', { class: 'plain funnel' }, stages.map((s) => {
        const bar = h('span', {}, `${s.count}`);
        bar.style.width = `${first ? Math.max(2, (s.count / first) * 100) : 0}%`;
        return h('li', { dataset: { stage: s.key } },
          h('span', {}, s.label, h('span', { class: 'muted' }, ` · ${pct(s.shareOfPrevious)} of previous`)),
          h('div', { class: 'bar', role: 'img', 'aria-label': `${s.label}: ${s.count} (${pct(s.shareOfFirst)} of the first stage)` }, bar));
      })) : empty('No data.'),
      this.csvButton('admin/insights/funnel', 'funnel'));
  }

  kpis(k) {
    const t = k.timeToFirstMatch || {};
    const c = k.checkInMinutes || {};
    const g = k.goalAchievement || {};
    const w = k.webinarAttendance || {};
    const r = k.reportResolution || {};
    return h('section', { class: 'card', 'aria-labelledby': 'mh-kpis' },
      h('h3', { id: 'mh-kpis' }, 'Key indicators'),
      h('div', { class: 'kpis' },
        [[num(t.medianDays, ' days'), `Time to first match (median; p90 ${num(t.p90Days, ' days')}; ${t.matches || 0} matches)`],
          [num(c.perMentorshipMonth, ' min'), `Check-in minutes per mentorship-month (target ${num(c.monthlyTarget)})`],
          [pct(g.rate), `Goals achieved (${g.achieved || 0} of ${g.goals || 0})`],
          [pct(w.rate), `Webinar attendance (${w.attended || 0} of ${w.registrations || 0})`],
          [num(r.medianHours, ' h'), `Report resolution (median; p90 ${num(r.p90Hours, ' h')}; ${r.resolved || 0} resolved)`]]
          .map(([v, text]) => h('div', {}, h('strong', {}, v), text))),
      h('h4', {}, 'Training completion'),
      (k.trainingCompletion || []).length ? h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Track', 'Enrolled', 'Completed', 'Rate'].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, k.trainingCompletion.map((x) => h('tr', {}, h('td', {}, x.title), h('td', {}, String(x.enrolled)), h('td', {}, String(x.completed)), h('td', {}, pct(x.rate)))))))
        : empty('No enrolments.'),
      h('h4', {}, 'Survey scores'),
      (k.surveyScores || []).length ? h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Moment', 'Statement', 'Responses', 'Mean (1-5)'].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, k.surveyScores.map((x) => h('tr', {}, h('td', {}, label(x.moment)), h('td', {}, x.text), h('td', {}, String(x.responses)), h('td', {}, num(x.mean)))))))
        : empty('No survey responses yet.'),
      this.csvButton('admin/insights/kpis', 'kpis'));
  }
}

define('mh-insights', MhInsights);
