// Webinars: upcoming sessions with seats left, register / waitlist / cancel, the Join button
// inside the join window, recordings of past sessions, and the personal calendar feed.
import {
  MhElement, h, fill, loading, empty, statusRegion, setStatus, showProblem, field, when, label, busy,
  define, API_BASE,
} from '../lib/core.js';

const JOIN_OPENS_MINUTES = 15;

/**
 * The API has no "my registrations" read, so the element remembers, per member, the answers it
 * got; a waitlisted place is asked again on each load (registering again answers the current
 * state without changing it), which is how a promotion shows.
 */
function store(memberId) {
  const key = `mentorhub.registrations.${memberId}`;
  const read = () => {
    try {
      return JSON.parse(localStorage.getItem(key) || '{}');
    } catch (e) {
      return {};
    }
  };
  return {
    get: (id) => read()[id],
    set: (id, value) => {
      const all = read();
      if (value) all[id] = value;
      else delete all[id];
      localStorage.setItem(key, JSON.stringify(all));
    },
    all: read,
  };
}

/** `<mh-webinars kind="ONBOARDING|OFFICE_HOURS">`: the member's webinar screen. */
export class MhWebinars extends MhElement {
  static css = `
  .when { font-weight: 600; }
  .calendar input { font-family: ui-monospace, monospace; font-size: .85em; }
  `;

  static get observedAttributes() {
    return ['token', 'kind'];
  }

  disconnectedCallback() {
    clearInterval(this.timer);
  }

  async refresh() {
    clearInterval(this.timer);
    this.region = statusRegion();
    const kind = h('select', { name: 'kind' },
      h('option', { value: '' }, 'All sessions'), h('option', { value: 'ONBOARDING' }, 'Onboarding'),
      h('option', { value: 'OFFICE_HOURS' }, 'Office hours'));
    kind.value = this.getAttribute('kind') || '';
    this.kindSelect = kind;
    kind.addEventListener('change', () => this.load(kind.value));
    this.listEl = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' }, loading('Loading sessions…'));
    this.pastEl = h('div');
    this.calendarEl = h('div', { class: 'card calendar' });
    fill(this.root, h('h2', {}, 'Upcoming sessions'), this.region,
      h('div', { class: 'row' }, h('div', { class: 'grow', style: 'max-width:20rem' }, field('Show', kind))),
      this.listEl, this.calendarEl, h('h2', {}, 'Past sessions and recordings'), this.pastEl);
    try {
      this.member = await this.me();
      this.registrations = store(this.member.id);
    } catch (e) {
      showProblem(null, this.region, e);
      fill(this.listEl);
      return;
    }
    this.renderCalendar();
    await this.load(kind.value);
    this.loadPast();
    // The Join button opens by itself when the window starts.
    this.timer = setInterval(() => this.renderSessions(), 30000);
  }

  async load(kind) {
    this.listEl.setAttribute('aria-busy', 'true');
    try {
      this.sessions = await this.api.get('webinars/sessions', { kind });
      // Waitlisted places may have been promoted since: ask again.
      await Promise.all(this.sessions.filter((s) => (this.registrations.get(s.id) || {}).status === 'WAITLISTED').map(async (s) => {
        try {
          this.registrations.set(s.id, await this.api.post(`webinars/sessions/${s.id}/registrations`));
        } catch (e) {
          /* keep what we knew */
        }
      }));
      this.renderSessions();
    } catch (e) {
      showProblem(null, this.region, e);
      fill(this.listEl);
    } finally {
      this.listEl.removeAttribute('aria-busy');
    }
  }

  renderSessions() {
    const sessions = (this.sessions || []).filter((s) => s.status !== 'CANCELLED');
    fill(this.listEl, sessions.length ? h('ul', { class: 'plain', 'aria-label': 'Upcoming sessions' }, sessions.map((s) => this.card(s)))
      : empty('No sessions are scheduled.'));
  }

  card(s) {
    const mine = this.registrations.get(s.id);
    const host = s.hostId === this.member.id;
    const now = Date.now();
    const opens = new Date(s.startsAt).getTime() - JOIN_OPENS_MINUTES * 60000;
    const inWindow = now >= opens && now < new Date(s.endsAt).getTime();
    const registered = host || (mine && mine.status === 'REGISTERED');
    const seats = s.seatsLeft > 0
      ? h('span', { class: 'badge ok' }, `${s.seatsLeft} of ${s.capacity} seats left`)
      : h('span', { class: 'badge warn' }, 'Full — waitlist open');
    const actions = h('div', { class: 'row' });
    if (!host) {
      if (!mine) {
        const register = h('button', { type: 'button' }, s.seatsLeft > 0 ? 'Register' : 'Join the waitlist');
        register.setAttribute('aria-label', `${register.textContent}: ${s.title}, ${when(s.startsAt)}`);
        register.addEventListener('click', () => busy(register, async () => {
          try {
            const r = await this.api.post(`webinars/sessions/${s.id}/registrations`);
            this.registrations.set(s.id, r);
            setStatus(this.region, r.status === 'REGISTERED' ? `You are registered for ${s.title}.` : `The session is full: you are number ${r.position} on the waitlist.`);
            await this.load(this.kindSelect.value);
          } catch (e) {
            showProblem(null, this.region, e);
          }
        }));
        actions.append(register);
      } else {
        const cancel = h('button', { type: 'button', class: 'secondary' }, mine.status === 'WAITLISTED' ? 'Leave the waitlist' : 'Cancel my registration');
        cancel.addEventListener('click', () => busy(cancel, async () => {
          try {
            await this.api.delete(`webinars/sessions/${s.id}/registrations`);
            this.registrations.set(s.id, null);
            setStatus(this.region, `Cancelled: ${s.title}.`);
            await this.load(this.kindSelect.value);
          } catch (e) {
            if (e.status === 404) this.registrations.set(s.id, null);
            showProblem(null, this.region, e);
          }
        }));
        actions.append(cancel);
      }
    }
    const join = h('button', { type: 'button', disabled: !(registered && inWindow), class: 'join' }, host ? 'Start (host)' : 'Join');
    join.addEventListener('click', () => busy(join, async () => {
      // Open the tab at once (inside the click) so pop-up blockers allow it, then point it at the room.
      const tab = window.open('about:blank', '_blank');
      try {
        const link = await this.api.get(`webinars/sessions/${s.id}/join`);
        if (tab) {
          tab.opener = null;
          tab.location.href = link.url;
        } else {
          window.location.assign(link.url);
        }
      } catch (e) {
        if (tab) tab.close();
        showProblem(null, this.region, e);
      }
    }));
    actions.append(join);
    if (registered && !inWindow) actions.append(h('span', { class: 'muted' }, `Join opens ${when(new Date(opens).toISOString(), { timeStyle: 'short', dateStyle: 'medium' })}`));
    return h('li', { class: 'card', dataset: { sessionId: s.id } },
      h('div', { class: 'row' }, h('h3', { class: 'grow' }, s.title), h('span', { class: 'badge' }, label(s.kind)), seats),
      h('p', { class: 'when' }, `${when(s.startsAt, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })} – ${when(s.endsAt, { hour: '2-digit', minute: '2-digit' })}`),
      s.description ? h('p', {}, s.description) : null,
      mine ? h('p', { class: 'my-status', role: 'status' }, mine.status === 'REGISTERED' ? '✓ You are registered.' : `You are number ${mine.position} on the waitlist.`) : null,
      host ? h('p', { class: 'muted' }, 'You host this session.') : null,
      actions,
      host ? null : h('mh-report-button', { 'target-type': 'WEBINAR_SESSION', 'target-id': s.id, 'target-name': `the session “${s.title}”` }));
  }

  renderCalendar() {
    const url = this.member.calendarFeedUrl;
    if (!url) {
      fill(this.calendarEl);
      this.calendarEl.hidden = true;
      return;
    }
    const input = h('input', { readonly: true, value: url, name: 'calendarFeedUrl' });
    const copy = h('button', { type: 'button', class: 'secondary' }, 'Copy link');
    copy.addEventListener('click', async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(url);
        setStatus(this.region, 'Calendar link copied.');
      } catch (e) {
        setStatus(this.region, 'Select the link and copy it.', 'ok');
      }
    });
    fill(this.calendarEl, h('h3', {}, 'Add to calendar'),
      h('p', { class: 'muted' }, 'Subscribe to your personal feed: your sessions appear in your calendar with reminders, and changes follow. Keep the link private.'),
      field('Your calendar feed', input),
      h('div', { class: 'row' }, h('a', { class: 'button', href: url.replace(/^https?:/, 'webcal:') }, 'Open in calendar app'), copy));
  }

  async loadPast() {
    const mine = this.registrations.all();
    try {
      const from = new Date(Date.now() - 30 * 86400000).toISOString();
      const to = new Date().toISOString();
      const past = (await this.api.get('webinars/sessions', { from, to }))
        .filter((s) => new Date(s.endsAt).getTime() <= Date.now() && (mine[s.id] || s.hostId === this.member.id));
      fill(this.pastEl, past.length ? h('ul', { class: 'plain', 'aria-label': 'Past sessions' }, past.map((s) => {
        const out = h('div');
        const show = h('button', { type: 'button', class: 'secondary' }, 'Recordings');
        show.addEventListener('click', () => busy(show, async () => {
          try {
            const recs = await this.api.get(`webinars/sessions/${s.id}/recordings`);
            fill(out, recs.length ? h('ul', {}, recs.map((r) => h('li', {}, `${when(r.startedAt)} · ${Math.round((r.durationSeconds || 0) / 60)} min · `,
              r.downloadUrl ? this.downloadLink(r) : h('span', { class: 'muted' }, label(r.status))))) : empty('No recording for this session.'));
          } catch (e) {
            const region = statusRegion();
            fill(out, region);
            showProblem(null, region, e);
          }
        }));
        return h('li', { class: 'card' }, h('h3', {}, s.title), h('p', { class: 'muted' }, when(s.startsAt)), show, out);
      })) : empty('No past sessions of yours in the last 30 days.'));
    } catch (e) {
      fill(this.pastEl);
    }
  }

  downloadLink(r) {
    const url = new URL(r.downloadUrl, API_BASE);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return h('span', { class: 'muted' }, label(r.status));
    if (!url.href.startsWith(API_BASE.href)) return h('a', { href: url.href, target: '_blank', rel: 'noopener' }, 'Watch');
    const button = h('button', { type: 'button', class: 'link' }, 'Download');
    button.addEventListener('click', () => busy(button, async () => {
      const response = await this.api.request('GET', url.href.slice(API_BASE.href.length), { accept: '*/*', raw: true });
      const a = h('a', { href: URL.createObjectURL(await response.blob()), download: `recording-${r.id}.mp4` });
      this.root.append(a);
      a.click();
      a.remove();
    }));
    return button;
  }
}

define('mh-webinars', MhWebinars);
