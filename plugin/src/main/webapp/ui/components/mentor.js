// The mentor's screens: my profile (and pausing requests), incoming requests, my office hours
// and their attendance.
import {
  MhElement, h, fill, loading, empty, statusRegion, setStatus, field, showProblem, clearErrors,
  when, label, busy, define, ApiError,
} from '../lib/core.js';

const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const zone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch (e) {
    return 'UTC';
  }
};

/** `<mh-mentor-dashboard>`: the mentor's tabs. */
export class MhMentorDashboard extends MhElement {
  refresh() {
    const tabs = [
      ['requests', 'Incoming requests', 'mh-incoming-requests'],
      ['profile', 'My profile', 'mh-mentor-profile-editor'],
      ['office-hours', 'Office hours', 'mh-office-hours'],
    ];
    const panel = h('div', { role: 'tabpanel' });
    const buttons = tabs.map(([key, text, tag]) => h('button', {
      type: 'button', dataset: { tab: key },
      on: { click: () => show(key) },
    }, text));
    const show = (key) => {
      const [, , tag] = tabs.find((t) => t[0] === key);
      buttons.forEach((b) => b.setAttribute('aria-current', b.dataset.tab === key ? 'page' : 'false'));
      fill(panel, h(tag));
    };
    fill(this.root, h('nav', { class: 'tabs', 'aria-label': 'Mentor sections' }, buttons), panel);
    show(this.getAttribute('tab') || 'requests');
  }
}

/** `<mh-mentor-profile-editor>`: create or edit my mentor profile; pause or resume requests. */
export class MhMentorProfileEditor extends MhElement {
  async refresh() {
    fill(this.root, loading('Loading your profile…'));
    let p = null;
    try {
      p = await this.api.get('mentors/me');
    } catch (e) {
      if (e.status !== 404) {
        const region = statusRegion();
        fill(this.root, region);
        showProblem(null, region, e);
        return;
      }
    }
    this.render(p);
  }

  render(p) {
    const v = p || {};
    const region = statusRegion();
    const input = (name, value, attrs = {}) => h('input', { name, value: value ?? '', ...attrs });
    const stage = h('select', { name: 'stage' }, h('option', { value: '' }, 'Any'),
      ['idea', 'early', 'growth', 'established'].map((s) => h('option', { value: s, selected: v.stage === s }, label(s))));
    const accepting = h('input', { type: 'checkbox', name: 'accepting', checked: p ? v.accepting : true });
    const submit = h('button', { type: 'submit' }, p ? 'Save profile' : 'Create profile');
    const form = h('form', { class: 'card', 'aria-label': 'My mentor profile', novalidate: true },
      h('h2', {}, p ? 'My mentor profile' : 'Create your mentor profile'),
      region,
      field('Name', input('name', v.name, { maxlength: 120 })),
      field('Headline', input('headline', v.headline, { maxlength: 160 }), 'One line on what you can help with.'),
      field('About you', h('textarea', { name: 'bio', rows: 6, maxlength: 5000, value: v.bio || '' })),
      field('Expertise', input('expertise', (v.expertise || []).join(', ')), '1 to 10 areas, separated by commas.'),
      field('Industries', input('industries', (v.industries || []).join(', ')), 'Up to 10, separated by commas.'),
      h('div', { class: 'row top' },
        h('div', { class: 'grow' }, field('Languages', input('languages', (v.languages || ['en']).join(', ')), 'ISO codes, e.g. en, es.')),
        h('div', { class: 'grow' }, field('Country', input('country', v.country || '', { maxlength: 2 }), 'Two letters, e.g. GB.')),
        h('div', { class: 'grow' }, field('Time zone', input('timezone', v.timezone || zone()), 'e.g. Europe/London.'))),
      h('div', { class: 'row top' },
        h('div', { class: 'grow' }, field('Business stage you know best', stage)),
        h('div', { class: 'grow' }, field('Years in business', input('yearsInBusiness', v.yearsInBusiness ?? '', { type: 'number', min: 0, max: 100 }))),
        h('div', { class: 'grow' }, field('Mentees at once', input('maxMentees', v.maxMentees ?? 3, { type: 'number', min: 1, max: 50 })))),
      h('label', { class: 'row', style: 'font-weight:normal' }, accepting, 'Taking new requests'),
      submit);
    const save = async (overrides = {}) => {
      const f = form.elements;
      const num = (x) => (x.value === '' ? null : Number(x.value));
      const body = {
        name: f.name.value.trim(), headline: f.headline.value.trim(), bio: f.bio.value.trim() || null,
        expertise: list(f.expertise.value), industries: list(f.industries.value), languages: list(f.languages.value),
        country: f.country.value.trim().toUpperCase(), timezone: f.timezone.value.trim(), stage: f.stage.value || null,
        yearsInBusiness: num(f.yearsInBusiness), maxMentees: num(f.maxMentees), accepting: f.accepting.checked,
        version: p ? p.version : null, ...overrides,
      };
      return this.api.put('mentors/me', body);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      busy(submit, async () => {
        try {
          const saved = await save();
          this.render(saved);
          setStatus(this.root.querySelector('.status'), 'Profile saved. Changes show in search within a second.');
        } catch (err) {
          if (err.status === 409) err.message = 'Your profile changed elsewhere; reload to see the latest version.';
          showProblem(form, region, err);
        }
      });
    });
    const pause = p ? h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(!p.accepting) }, p.accepting ? 'Pause new requests' : 'Resume taking requests') : null;
    if (pause) {
      pause.addEventListener('click', () => busy(pause, async () => {
        try {
          const saved = await save({ accepting: !p.accepting, version: p.version });
          this.render(saved);
          setStatus(this.root.querySelector('.status'), saved.accepting ? 'You are taking requests again.' : 'Paused: you are not shown as taking requests.');
        } catch (err) {
          showProblem(form, region, err);
        }
      }));
    }
    fill(this.root,
      p ? h('div', { class: 'card row' },
        h('p', { class: 'grow', style: 'margin:0' }, p.accepting ? 'You are taking new requests.' : 'Paused: you are not taking new requests.'),
        pause) : null,
      form);
  }
}

/** `<mh-incoming-requests>`: requests to me; accept or decline with a reason. */
export class MhIncomingRequests extends MhElement {
  async refresh() {
    const region = statusRegion();
    fill(this.root, h('h2', {}, 'Incoming requests'), loading());
    try {
      const all = await this.api.get('mentorship-requests', { role: 'mentor' });
      const pending = all.filter((r) => r.status === 'PENDING');
      const past = all.filter((r) => r.status !== 'PENDING');
      fill(this.root, h('h2', {}, 'Incoming requests'), region,
        pending.length ? h('ul', { class: 'plain', 'aria-label': 'Pending requests' }, pending.map((r) => this.pendingCard(r, region)))
          : empty('No requests waiting for you.'),
        past.length ? [h('h3', {}, 'Answered'), h('ul', { class: 'plain', 'aria-label': 'Answered requests' }, past.map((r) => h('li', { class: 'card', dataset: { requestId: r.id, status: r.status } },
          h('div', { class: 'row' }, h('strong', { class: 'grow' }, `From ${r.menteeId}`), h('span', { class: 'badge' }, label(r.status))),
          h('p', { style: 'white-space:pre-line' }, r.ask))))] : null);
    } catch (e) {
      fill(this.root, h('h2', {}, 'Incoming requests'), region);
      showProblem(null, region, e);
    }
  }

  pendingCard(r, region) {
    const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 1000 });
    const stop = h('input', { type: 'checkbox', name: 'stopAccepting' });
    const accept = h('button', { type: 'button' }, 'Accept');
    const decline = h('button', { type: 'button', class: 'secondary' }, 'Decline');
    const form = h('form', { novalidate: true },
      field('Reason for declining (optional; shown to the mentee)', reason),
      h('label', { class: 'row', style: 'font-weight:normal' }, stop, 'After accepting, stop taking new requests'),
      h('div', { class: 'row' }, accept, decline));
    const local = statusRegion();
    const act = (button, verb) => busy(button, async () => {
      clearErrors(form, local);
      try {
        await this.api.post(`mentorship-requests/${r.id}/${verb}`, { reason: reason.value.trim() || null, stopAccepting: verb === 'accept' ? stop.checked : null });
        await this.refresh();
        setStatus(this.root.querySelector('.status'), verb === 'accept' ? 'Request accepted. The mentee sees your answer.' : 'Request declined.');
      } catch (err) {
        showProblem(form, local, err);
      }
    });
    accept.addEventListener('click', () => act(accept, 'accept'));
    decline.addEventListener('click', () => act(decline, 'decline'));
    return h('li', { class: 'card', dataset: { requestId: r.id, status: r.status } },
      h('div', { class: 'row' }, h('strong', { class: 'grow' }, `From ${r.menteeId}`), h('span', { class: 'muted' }, `Expires ${when(r.expiresAt)}`)),
      h('p', { style: 'white-space:pre-line' }, r.ask),
      r.offer ? h('p', { class: 'muted' }, `Offers: ${r.offer}`) : null,
      local, form);
  }
}

/** `<mh-office-hours>`: create office hours; my sessions with cancel and attendance. */
export class MhOfficeHours extends MhElement {
  async refresh() {
    const region = statusRegion();
    this.region = region;
    this.listEl = h('div', {}, loading('Loading your sessions…'));
    fill(this.root, this.createForm(region), h('h2', {}, 'My sessions'), this.listEl);
    this.loadSessions();
  }

  createForm(region) {
    const start = new Date(Date.now() + 86400000);
    start.setMinutes(0, 0, 0);
    const local = new Date(start.getTime() - start.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    const repeat = h('select', { name: 'recurrence' },
      h('option', { value: '' }, 'Once'), h('option', { value: 'FREQ=WEEKLY;COUNT=4' }, 'Weekly, 4 times'),
      h('option', { value: 'FREQ=WEEKLY;COUNT=8' }, 'Weekly, 8 times'), h('option', { value: 'FREQ=WEEKLY;INTERVAL=2;COUNT=6' }, 'Every 2 weeks, 6 times'));
    const submit = h('button', { type: 'submit' }, 'Create office hours');
    const form = h('form', { class: 'card', 'aria-label': 'New office hours', novalidate: true },
      h('h2', {}, 'New office hours'), region,
      field('Title', h('input', { name: 'title', maxlength: 200, value: 'Office hours' })),
      field('What to bring', h('textarea', { name: 'description', rows: 2, maxlength: 5000 })),
      h('div', { class: 'row top' },
        h('div', { class: 'grow' }, field('Starts', h('input', { name: 'startsAt', type: 'datetime-local', value: local }))),
        h('div', { class: 'grow' }, field('Minutes', h('input', { name: 'durationMinutes', type: 'number', min: 5, max: 480, value: 45 }))),
        h('div', { class: 'grow' }, field('Seats', h('input', { name: 'capacity', type: 'number', min: 1, max: 10000, value: 8 })))),
      h('div', { class: 'row top' },
        h('div', { class: 'grow' }, field('Time zone', h('input', { name: 'timezone', value: zone() }))),
        h('div', { class: 'grow' }, field('Repeats', repeat))),
      submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      const f = form.elements;
      busy(submit, async () => {
        try {
          await this.api.post('webinars', {
            title: f.title.value.trim(), kind: 'OFFICE_HOURS', description: f.description.value.trim() || null,
            startsAt: f.startsAt.value, durationMinutes: Number(f.durationMinutes.value), timezone: f.timezone.value.trim(),
            recurrence: f.recurrence.value || null, capacity: Number(f.capacity.value),
          });
          setStatus(region, 'Office hours created.');
          this.loadSessions();
        } catch (err) {
          showProblem(form, region, err);
        }
      });
    });
    return form;
  }

  async loadSessions() {
    try {
      const me = await this.me();
      const from = new Date(Date.now() - 30 * 86400000).toISOString();
      const sessions = (await this.api.get('webinars/sessions', { from })).filter((s) => s.hostId === me.id);
      fill(this.listEl, sessions.length ? h('ul', { class: 'plain', 'aria-label': 'My sessions' }, sessions.map((s) => this.sessionCard(s)))
        : empty('You host no sessions in the last 30 days or the next 90.'));
    } catch (e) {
      const region = statusRegion();
      fill(this.listEl, region);
      showProblem(null, region, e);
    }
  }

  sessionCard(s) {
    const out = h('div');
    const cancelled = s.status === 'CANCELLED';
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel this session');
    cancel.addEventListener('click', () => busy(cancel, async () => {
      try {
        await this.api.delete(`webinars/sessions/${s.id}`, { scope: 'this' });
        setStatus(this.region, `Cancelled ${s.title} on ${when(s.startsAt)}.`);
        this.loadSessions();
      } catch (err) {
        showProblem(null, this.region, err);
      }
    }));
    const attendance = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, 'Attendance');
    attendance.addEventListener('click', async () => {
      attendance.setAttribute('aria-expanded', 'true');
      fill(out, loading());
      try {
        const rows = await this.api.get(`webinars/sessions/${s.id}/attendance`);
        const csv = h('button', { type: 'button', class: 'link' }, 'Download CSV');
        csv.addEventListener('click', async () => {
          const r = await this.api.request('GET', `webinars/sessions/${s.id}/attendance`, { accept: 'text/csv', raw: true });
          const a = h('a', { href: URL.createObjectURL(await r.blob()), download: `attendance-${s.id}.csv` });
          this.root.append(a);
          a.click();
          a.remove();
        });
        fill(out, rows.length ? h('div', { class: 'table-wrap' }, h('table', {},
          h('caption', { class: 'sr-only' }, `Attendance of ${s.title}`),
          h('thead', {}, h('tr', {}, ['Member', 'Minutes', 'Attended'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, r.name || r.memberId), h('td', {}, String(r.minutes)), h('td', {}, r.attended ? 'Yes' : 'No')))))) : empty('Nobody has joined yet.'), csv);
      } catch (err) {
        const region = statusRegion();
        fill(out, region);
        showProblem(null, region, err);
      }
    });
    return h('li', { class: 'card', dataset: { sessionId: s.id } },
      h('div', { class: 'row' }, h('h3', { class: 'grow' }, s.title),
        cancelled ? h('span', { class: 'badge bad' }, 'Cancelled') : h('span', { class: 'badge ok' }, `${s.capacity - s.seatsLeft} of ${s.capacity} registered`)),
      h('p', { class: 'muted' }, `${when(s.startsAt)} – ${when(s.endsAt, { timeStyle: 'short' })}`),
      h('div', { class: 'row' }, cancelled ? null : cancel, attendance), out);
  }
}

define('mh-mentor-dashboard', MhMentorDashboard);
define('mh-mentor-profile-editor', MhMentorProfileEditor);
define('mh-incoming-requests', MhIncomingRequests);
define('mh-office-hours', MhOfficeHours);

export { ApiError };
