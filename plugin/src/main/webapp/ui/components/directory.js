// Find a mentor: search with suggestions and facets, a mentor's profile, the request form that
// teaches a specific ask, matches for the mentee, and the mentee's own requests.
import {
  MhElement, h, fill, uid, highlighted, loading, empty, statusRegion, setStatus, field,
  showProblem, clearErrors, when, label, tags, busy, define, ApiError,
} from '../lib/core.js';

const FACETS = [
  ['industry', 'Industry'],
  ['expertise', 'Expertise'],
  ['language', 'Language'],
  ['country', 'Country'],
];
const PAGE_SIZE = 10;
const ASK_MIN = 80;
const ASK_MAX = 2000;

/** `<mh-find-mentor>`: the directory search, opening a profile in place. */
export class MhFindMentor extends MhElement {
  static css = `
  .layout { display: grid; grid-template-columns: minmax(11rem, 15rem) 1fr; gap: var(--_space); }
  @media (max-width: 640px) { .layout { grid-template-columns: 1fr; } }
  .combo { position: relative; }
  [role=listbox] { position: absolute; z-index: 5; left: 0; right: 0; margin: 0; padding: 0; list-style: none;
    background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: 0 4px 14px rgba(0,0,0,.12); max-height: 16rem; overflow-y: auto; }
  [role=option] { padding: 0.45rem 0.6rem; cursor: pointer; display: flex; justify-content: space-between; gap: .5rem; }
  [role=option][aria-selected=true], [role=option]:hover { background: #eef2f8; }
  .facet label { font-weight: normal; display: flex; align-items: center; margin: 0.15rem 0; }
  .facet .count { margin-left: auto; color: var(--_muted); font-size: .85em; padding-left: .4rem; }
  .hit h3 { margin-bottom: .25rem; }
  .snippet { margin: .2rem 0; font-size: .95em; }
  .pager { justify-content: space-between; }
  details > summary { cursor: pointer; font-weight: 600; margin-bottom: .4rem; }
  `;

  constructor() {
    super();
    this.state = { q: '', page: 1, filters: { industry: [], expertise: [], language: [], country: [] }, accepting: false };
    this.suggestTimer = null;
    this.suggestions = [];
    this.activeOption = -1;
  }

  refresh() {
    const listId = uid('suggest');
    this.input = h('input', {
      type: 'search', name: 'q', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': listId, autocomplete: 'off', placeholder: 'e.g. bookkeeping, online store, Spanish',
      value: this.state.q,
      on: { input: () => this.onType(), keydown: (e) => this.onKey(e), blur: () => setTimeout(() => this.closeSuggestions(), 150) },
    });
    this.listbox = h('ul', { id: listId, role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
    this.acceptingBox = h('input', { type: 'checkbox', name: 'accepting', checked: this.state.accepting,
      on: { change: () => { this.state.accepting = this.acceptingBox.checked; this.state.page = 1; this.search(); } } });
    const form = h('form', { role: 'search', 'aria-label': 'Find a mentor', on: { submit: (e) => { e.preventDefault(); this.closeSuggestions(); this.state.q = this.input.value; this.state.page = 1; this.search(); } } },
      h('div', { class: 'row' },
        h('div', { class: 'grow combo' }, field('What do you need help with?', this.input), this.listbox),
        h('button', { type: 'submit' }, 'Search')),
      h('label', { class: 'row', style: 'font-weight:normal' }, this.acceptingBox, 'Only mentors taking requests'));
    this.facetsEl = h('div', { class: 'facets' });
    // On a phone the filters start folded so the results come first.
    const filters = h('details', { open: !window.matchMedia('(max-width: 640px)').matches },
      h('summary', {}, 'Filters'), this.facetsEl);
    this.resultsEl = h('div', { class: 'results' });
    this.liveEl = h('p', { class: 'sr-only', 'aria-live': 'polite', role: 'status' });
    this.statusEl = statusRegion();
    this.searchView = h('section', { 'aria-label': 'Mentor search' },
      h('h2', {}, 'Search the mentor directory'), form, this.statusEl, this.liveEl,
      h('div', { class: 'layout' }, h('aside', { 'aria-label': 'Filters' }, filters), this.resultsEl));
    this.profileView = h('section', { hidden: true });
    fill(this.root, this.searchView, this.profileView);
    this.search();
  }

  onType() {
    clearTimeout(this.suggestTimer);
    const prefix = this.input.value.trim();
    if (prefix.length < 2) {
      this.closeSuggestions();
      return;
    }
    const seq = (this.suggestSeq = (this.suggestSeq || 0) + 1);
    this.suggestTimer = setTimeout(async () => {
      try {
        const list = await this.api.get('mentors/suggest', { prefix });
        // A search submitted meanwhile (or newer typing) makes this answer stale.
        if (seq === this.suggestSeq && this.input.value.trim() === prefix) this.showSuggestions(list || []);
      } catch (e) {
        this.closeSuggestions();
      }
    }, 150);
  }

  showSuggestions(list) {
    this.suggestions = list;
    this.activeOption = -1;
    fill(this.listbox, list.map((s, i) => h('li', {
      role: 'option', id: `${this.listbox.id}-${i}`, 'aria-selected': 'false',
      on: { mousedown: (e) => { e.preventDefault(); this.pick(i); } },
    }, h('span', {}, s.text), h('span', { class: 'muted' }, label(s.kind)))));
    const open = list.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
  }

  closeSuggestions() {
    if (!this.listbox) return;
    clearTimeout(this.suggestTimer);
    this.suggestSeq = (this.suggestSeq || 0) + 1;
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  onKey(e) {
    if (this.listbox.hidden) return;
    const n = this.suggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.activeOption = (this.activeOption + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      [...this.listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.activeOption)));
      this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${this.activeOption}`);
    } else if (e.key === 'Enter' && this.activeOption >= 0) {
      e.preventDefault();
      this.pick(this.activeOption);
    } else if (e.key === 'Escape') {
      this.closeSuggestions();
    }
  }

  pick(i) {
    const s = this.suggestions[i];
    this.closeSuggestions();
    if (s.kind === 'industry' || s.kind === 'expertise') {
      if (!this.state.filters[s.kind].includes(s.text)) this.state.filters[s.kind].push(s.text);
      this.input.value = '';
      this.state.q = '';
    } else {
      this.input.value = s.text;
      this.state.q = s.text;
    }
    this.state.page = 1;
    this.search();
  }

  async search() {
    const seq = (this.seq = (this.seq || 0) + 1);
    this.resultsEl.setAttribute('aria-busy', 'true');
    if (!this.lastResult) fill(this.resultsEl, loading('Searching mentors…'));
    const query = { q: this.state.q, page: this.state.page, size: PAGE_SIZE, ...this.state.filters };
    if (this.state.accepting) query.accepting = 'true';
    try {
      const result = await this.api.get('mentors/search', query);
      if (seq !== this.seq) return;
      this.lastResult = result;
      // Which query the shown results answer (tests and host scripts can wait on it).
      this.resultsEl.dataset.query = query.q || '';
      setStatus(this.statusEl, '');
      this.renderFacets(result.facets || {});
      this.renderResults(result);
    } catch (e) {
      if (seq !== this.seq) return;
      showProblem(null, this.statusEl, e);
      fill(this.resultsEl);
    } finally {
      this.resultsEl.removeAttribute('aria-busy');
    }
  }

  renderFacets(facets) {
    fill(this.facetsEl, FACETS.map(([dim, title]) => {
      const values = facets[dim] || [];
      const selected = this.state.filters[dim];
      const shown = [...values];
      for (const s of selected) if (!shown.some((v) => v.value === s)) shown.unshift({ value: s, count: 0 });
      if (!shown.length) return null;
      return h('fieldset', { class: 'facet', dataset: { facet: dim } }, h('legend', {}, title),
        shown.slice(0, 12).map((v) => h('label', {},
          h('input', { type: 'checkbox', name: dim, value: v.value, checked: selected.includes(v.value),
            on: { change: (e) => this.toggle(dim, v.value, e.target.checked) } }),
          h('span', {}, v.value), h('span', { class: 'count', 'aria-label': `${v.count} mentors` }, String(v.count)))));
    }));
  }

  toggle(dim, value, on) {
    const list = this.state.filters[dim];
    if (on && !list.includes(value)) list.push(value);
    if (!on) this.state.filters[dim] = list.filter((v) => v !== value);
    this.state.page = 1;
    this.search();
  }

  renderResults(result) {
    const pages = Math.max(1, Math.ceil(Math.min(result.total, 10000) / PAGE_SIZE));
    this.liveEl.textContent = `${result.total} mentor${result.total === 1 ? '' : 's'} found.`;
    if (!result.hits.length) {
      fill(this.resultsEl, empty('No mentors match. Try fewer filters or other words.'));
      return;
    }
    const list = h('ol', { class: 'plain', 'aria-label': 'Mentors' }, result.hits.map((hit) => {
      // The headline shows its own highlights; the bio's best passages follow it as snippets.
      const hl = hit.highlights || {};
      const snippets = Object.entries(hl)
        .filter(([f]) => !['headline', 'name', 'expertise', 'industries'].includes(f))
        .flatMap(([, s]) => s).slice(0, 2);
      return h('li', { class: 'card hit', dataset: { mentorId: hit.id } },
        h('h3', {}, h('button', { class: 'link', on: { click: () => this.openProfile(hit.id) } }, hit.name)),
        h('p', {}, hl.headline && hl.headline.length ? highlighted(hl.headline[0]) : hit.headline),
        snippets.map((s) => h('p', { class: 'snippet' }, highlighted(s))),
        h('div', { class: 'row' },
          tags(hit.expertise, 'Expertise'),
          hit.accepting
            ? h('span', { class: 'badge ok' }, hit.seatsLeft > 0 ? `Taking requests · ${hit.seatsLeft} seat${hit.seatsLeft === 1 ? '' : 's'} left` : 'Taking requests')
            : h('span', { class: 'badge warn' }, 'Not taking requests'),
          h('span', { class: 'muted' }, [hit.country, (hit.languages || []).join(', ')].filter(Boolean).join(' · '))));
    }));
    const prev = h('button', { class: 'secondary', disabled: result.page <= 1, on: { click: () => { this.state.page -= 1; this.search(); } } }, '‹ Previous');
    const next = h('button', { class: 'secondary', disabled: result.page >= pages, on: { click: () => { this.state.page += 1; this.search(); } } }, 'Next ›');
    fill(this.resultsEl,
      h('p', { class: 'muted' }, `${result.total} mentor${result.total === 1 ? '' : 's'}`),
      list,
      h('nav', { class: 'row pager', 'aria-label': 'Pages' }, prev, h('span', {}, `Page ${result.page} of ${pages}`), next));
  }

  openProfile(id) {
    const profile = h('mh-mentor-profile', { 'mentor-id': id });
    const back = h('button', { class: 'secondary', on: { click: () => this.closeProfile() } }, '‹ Back to results');
    fill(this.profileView, back, profile);
    this.searchView.hidden = true;
    this.profileView.hidden = false;
    back.focus();
  }

  closeProfile() {
    this.profileView.hidden = true;
    fill(this.profileView);
    this.searchView.hidden = false;
    this.search();
  }
}

/** `<mh-mentor-profile mentor-id="…">`: one mentor, with the request form and a report button. */
export class MhMentorProfile extends MhElement {
  static get observedAttributes() {
    return ['token', 'mentor-id'];
  }

  async refresh() {
    const id = this.getAttribute('mentor-id');
    if (!id) {
      fill(this.root, empty('No mentor chosen.'));
      return;
    }
    fill(this.root, loading('Loading the profile…'));
    try {
      const [p, me] = await Promise.all([this.api.get(`mentors/${encodeURIComponent(id)}`), this.me().catch(() => null)]);
      const own = me && me.id === p.id;
      fill(this.root,
        h('article', { class: 'card', 'aria-labelledby': 'mh-profile-name' },
          h('h2', { id: 'mh-profile-name' }, p.name),
          h('p', {}, p.headline),
          p.accepting ? h('p', { class: 'badge ok' }, 'Taking requests') : h('p', { class: 'badge warn' }, 'Not taking requests now'),
          p.bio ? h('p', { class: 'bio', style: 'white-space:pre-line' }, p.bio) : null,
          h('h3', {}, 'Expertise'), tags(p.expertise, 'Expertise'),
          p.industries && p.industries.length ? [h('h3', {}, 'Industries'), tags(p.industries, 'Industries')] : null,
          h('dl', { class: 'muted' },
            h('dt', {}, 'Languages'), h('dd', {}, (p.languages || []).join(', ')),
            h('dt', {}, 'Country and time zone'), h('dd', {}, `${p.country} · ${p.timezone}`),
            p.stage ? [h('dt', {}, 'Business stage'), h('dd', {}, label(p.stage))] : null,
            p.yearsInBusiness != null ? [h('dt', {}, 'Years in business'), h('dd', {}, String(p.yearsInBusiness))] : null),
          own ? null : h('mh-report-button', { 'target-type': 'MENTOR_PROFILE', 'target-id': p.id, 'target-name': `${p.name}'s profile` })),
        own ? h('p', { class: 'muted' }, 'This is your own profile.')
          : p.accepting ? h('mh-request-form', { 'mentor-id': p.id, 'mentor-name': p.name })
            : empty(`${p.name} is not taking new requests at the moment.`));
    } catch (e) {
      const region = statusRegion();
      fill(this.root, region);
      showProblem(null, region, e);
    }
  }
}

/** `<mh-request-form mentor-id mentor-name>`: asks a mentor, teaching what a specific ask is. */
export class MhRequestForm extends MhElement {
  static get observedAttributes() {
    return ['token', 'mentor-id'];
  }

  static css = `
  .meter { display: flex; justify-content: space-between; gap: .5rem; flex-wrap: wrap; font-size: .92em; }
  .checks li { margin: .1rem 0; } .checks li[data-ok=true] { color: var(--_success); }
  .checks li[data-ok=true]::before { content: "✓ "; } .checks li[data-ok=false]::before { content: "○ "; }
  `;

  refresh() {
    const name = this.getAttribute('mentor-name') || 'this mentor';
    this.ask = h('textarea', { name: 'ask', maxlength: ASK_MAX, rows: 6, required: true, on: { input: () => this.guide() } });
    this.offer = h('textarea', { name: 'offer', maxlength: 1000, rows: 3 });
    this.countEl = h('span', { class: 'count', 'aria-live': 'polite' });
    this.checks = h('ul', { class: 'checks plain', 'aria-label': 'What makes a good ask' });
    this.statusEl = statusRegion();
    this.submit = h('button', { type: 'submit' }, 'Send request');
    this.form = h('form', { class: 'card', 'aria-label': `Request ${name} as a mentor`, novalidate: true, on: { submit: (e) => this.send(e) } },
      h('h3', {}, `Ask ${name} to mentor you`),
      h('p', { class: 'muted' }, 'Busy mentors answer specific asks. Say what you want to achieve, by when, what you have tried, and why this mentor.'),
      this.statusEl,
      field('Your ask', this.ask, `At least ${ASK_MIN} characters.`),
      h('div', { class: 'meter' }, this.countEl), this.checks,
      field('What you offer in return (optional)', this.offer, 'For example feedback on their workshops, an introduction, or your own expertise.'),
      this.submit);
    fill(this.root, this.form);
    this.guide();
  }

  guide() {
    const text = this.ask.value.trim();
    const n = text.length;
    this.countEl.textContent = n < ASK_MIN
      ? `${n} of at least ${ASK_MIN} characters — ${ASK_MIN - n} to go`
      : `${n} characters — enough detail (up to ${ASK_MAX})`;
    this.countEl.dataset.ok = String(n >= ASK_MIN);
    const hints = [
      [n >= ASK_MIN, `At least ${ASK_MIN} characters`],
      [/\b(want|need|goal|help|achieve|learn|improve|launch|grow|decide)\w*/i.test(text), 'Says what you want to achieve'],
      [/\d/.test(text), 'Has a number, a date or a deadline'],
      [/\b(tried|so far|currently|already|because|since)\b/i.test(text), 'Says where you are now or what you tried'],
      [!/pick (your|ur) brain|coffee chat|just chat/i.test(text) || n === 0, 'Not a vague "pick your brain"'],
    ];
    fill(this.checks, hints.map(([ok, t]) => h('li', { dataset: { ok: String(ok) } }, t)));
  }

  async send(e) {
    e.preventDefault();
    clearErrors(this.form, this.statusEl);
    if (this.ask.value.trim().length < ASK_MIN) {
      showProblem(this.form, this.statusEl, new ApiError(400, {
        detail: 'The ask is too short.',
        violations: [{ field: 'ask', message: `Make your ask specific: at least ${ASK_MIN} characters (now ${this.ask.value.trim().length}).` }],
      }));
      return;
    }
    await busy(this.submit, async () => {
      try {
        const created = await this.api.post('mentorship-requests', {
          mentorId: this.getAttribute('mentor-id'), ask: this.ask.value.trim(), offer: this.offer.value.trim() || null,
        });
        fill(this.root, h('div', { class: 'status ok', role: 'status' },
          `Request sent (${label(created.status)}). You will see the answer under “My requests”.`));
        this.dispatchEvent(new CustomEvent('mh-request-sent', { detail: created, bubbles: true, composed: true }));
      } catch (err) {
        showProblem(this.form, this.statusEl, err);
      }
    });
  }
}

/** `<mh-recommendations limit="5">`: ranked matches for the calling mentee, with reasons. */
export class MhRecommendations extends MhElement {
  connectedCallback() {
    super.connectedCallback();
    this.onSaved = () => this.refresh();
    document.addEventListener('mh-mentee-saved', this.onSaved);
  }

  disconnectedCallback() {
    document.removeEventListener('mh-mentee-saved', this.onSaved);
  }

  async refresh() {
    fill(this.root, h('h2', {}, 'Matches for you'), loading('Finding your matches…'));
    const region = statusRegion();
    try {
      const list = await this.api.get('mentors/recommendations', { limit: this.getAttribute('limit') || 5 });
      this.profile = h('div');
      fill(this.root, h('h2', {}, 'Matches for you'), region,
        list.length ? h('ol', { class: 'plain', 'aria-label': 'Recommended mentors' }, list.map((r) => h('li', { class: 'card' },
          h('div', { class: 'row' }, h('h3', { class: 'grow' }, h('button', { class: 'link', on: { click: () => this.open(r.id) } }, r.name)),
            h('span', { class: 'badge ok', 'aria-label': `Match score ${r.score} of 100` }, `${r.score}% match`)),
          h('p', {}, r.headline),
          h('ul', { 'aria-label': 'Why this match' }, (r.reasons || []).map((x) => h('li', {}, x))))))
          : empty('No matches yet. Complete your mentee profile (goals, languages, industry) to get matches.'),
        this.profile);
    } catch (e) {
      fill(this.root, h('h2', {}, 'Matches for you'), region);
      if (e.status === 404 || e.status === 409) this.root.append(empty('Fill in your mentee profile below (goals, languages, industry) to get matches.'));
      else showProblem(null, region, e);
    }
  }

  open(id) {
    fill(this.profile, h('mh-mentor-profile', { 'mentor-id': id }));
    this.profile.scrollIntoView({ block: 'start' });
  }
}

/** `<mh-mentee-profile-editor>`: what I want from a mentor, which matching uses. */
export class MhMenteeProfileEditor extends MhElement {
  async refresh() {
    fill(this.root, h('h2', {}, 'My mentee profile'), loading());
    let p = null;
    try {
      p = await this.api.get('mentees/me');
    } catch (e) {
      if (e.status !== 404) {
        const region = statusRegion();
        fill(this.root, h('h2', {}, 'My mentee profile'), region);
        showProblem(null, region, e);
        return;
      }
    }
    this.render(p);
  }

  render(p, message) {
    const v = p || {};
    const region = statusRegion();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const stage = h('select', { name: 'stage' }, h('option', { value: '' }, 'Choose…'),
      ['idea', 'early', 'growth', 'established'].map((s) => h('option', { value: s, selected: v.stage === s }, label(s))));
    const submit = h('button', { type: 'submit' }, p ? 'Save' : 'Save and find matches');
    const form = h('form', { class: 'card', 'aria-label': 'My mentee profile', novalidate: true },
      region,
      field('What do you want to achieve with a mentor?', h('textarea', { name: 'goals', rows: 4, maxlength: 4000, value: v.goals || '' }), 'At least 20 characters; matching reads it for expertise.'),
      h('div', { class: 'row top' },
        h('div', { class: 'grow' }, field('Your industry', h('input', { name: 'industry', maxlength: 60, value: v.industry || '' }))),
        h('div', { class: 'grow' }, field('Business stage', stage))),
      h('div', { class: 'row top' },
        h('div', { class: 'grow' }, field('Languages', h('input', { name: 'languages', value: (v.languages || ['en']).join(', ') }), 'ISO codes, e.g. en, es.')),
        h('div', { class: 'grow' }, field('Country', h('input', { name: 'country', maxlength: 2, value: v.country || '' }), 'Two letters, e.g. GB.')),
        h('div', { class: 'grow' }, field('Time zone', h('input', { name: 'timezone', value: v.timezone || zone })))),
      submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      const f = form.elements;
      busy(submit, async () => {
        try {
          const saved = await this.api.put('mentees/me', {
            goals: f.goals.value.trim(), industry: f.industry.value.trim() || null,
            languages: f.languages.value.split(',').map((x) => x.trim()).filter(Boolean),
            country: f.country.value.trim().toUpperCase(), timezone: f.timezone.value.trim(), stage: f.stage.value || null,
            version: p ? p.version : null,
          });
          this.render(saved, 'Saved. Your matches are updated.');
          document.dispatchEvent(new CustomEvent('mh-mentee-saved', { detail: saved }));
        } catch (err) {
          showProblem(form, region, err);
        }
      });
    });
    fill(this.root, h('h2', {}, 'My mentee profile'), form);
    if (message) setStatus(region, message);
  }
}

const STATUS_BADGE = { PENDING: 'warn', ACCEPTED: 'ok', DECLINED: 'bad', WITHDRAWN: 'bad', EXPIRED: 'bad' };

/** `<mh-my-requests>`: the mentee's requests and their states, withdrawable while pending. */
export class MhMyRequests extends MhElement {
  connectedCallback() {
    super.connectedCallback();
    // A request sent from any form on the page shows up here at once.
    this.onSent = () => this.refresh();
    document.addEventListener('mh-request-sent', this.onSent);
  }

  disconnectedCallback() {
    document.removeEventListener('mh-request-sent', this.onSent);
  }

  async refresh() {
    const region = statusRegion();
    fill(this.root, h('h2', {}, 'My requests'), loading());
    try {
      const list = await this.api.get('mentorship-requests', { role: 'mentee' });
      const names = {};
      await Promise.all([...new Set(list.map((r) => r.mentorId))].map(async (id) => {
        try { names[id] = (await this.api.get(`mentors/${encodeURIComponent(id)}`)).name; } catch (e) { names[id] = id; }
      }));
      fill(this.root, h('h2', {}, 'My requests'), region,
        list.length ? h('ul', { class: 'plain', 'aria-label': 'My mentorship requests' }, list.map((r) => {
          const withdraw = h('button', { class: 'secondary', on: { click: () => busy(withdraw, async () => {
            try { await this.api.post(`mentorship-requests/${r.id}/withdraw`); setStatus(region, 'Request withdrawn.'); this.refresh(); } catch (e) { showProblem(null, region, e); }
          }) } }, 'Withdraw');
          return h('li', { class: 'card', dataset: { requestId: r.id, status: r.status } },
            h('div', { class: 'row' }, h('h3', { class: 'grow' }, `To ${names[r.mentorId]}`),
              h('span', { class: `badge ${STATUS_BADGE[r.status] || ''}` }, label(r.status))),
            h('p', { style: 'white-space:pre-line' }, r.ask),
            r.reason ? h('p', { class: 'muted' }, `Mentor's note: ${r.reason}`) : null,
            h('p', { class: 'muted' }, `Sent ${when(r.createdAt)}${r.status === 'PENDING' ? ` · expires ${when(r.expiresAt)}` : ''}`),
            r.status === 'PENDING' ? withdraw : null);
        })) : empty('You have not asked a mentor yet.'));
    } catch (e) {
      fill(this.root, h('h2', {}, 'My requests'), region);
      showProblem(null, region, e);
    }
  }
}

define('mh-find-mentor', MhFindMentor);
define('mh-mentor-profile', MhMentorProfile);
define('mh-request-form', MhRequestForm);
define('mh-recommendations', MhRecommendations);
define('mh-my-requests', MhMyRequests);
define('mh-mentee-profile-editor', MhMenteeProfileEditor);
