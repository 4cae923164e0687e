// The demo pages' shell: navigation and, in dev mode only, a role switcher that signs in as a
// demo member with a dev token. Not part of the embeddable bundle: a host passes its own tokens.
import { settings, h, fill, field, uid, PLUGIN_BASE, BASE_CSS } from '../lib/core.js';

const STORE = 'mentorhub.demo.session';
const PRESETS = [
  { key: 'mentee', label: 'Mentee — Priya (demo-mentee-0000001)', sub: 'demo-mentee-0000001', name: 'Priya', groups: ['member'] },
  { key: 'mentor', label: 'Mentor — Freya Nguyen (demo-mentor-0000002)', sub: 'demo-mentor-0000002', name: 'Freya Nguyen', groups: ['member', 'mentor'] },
  { key: 'moderator', label: 'Moderator — Sam (demo-moderator)', sub: 'demo-moderator', name: 'Sam the moderator', groups: ['member', 'moderator'] },
  { key: 'admin', label: 'Admin — Community staff (demo-admin)', sub: 'demo-admin', name: 'Community staff', groups: ['member', 'admin'] },
];
const PAGES = [
  ['index.html', 'Home'], ['find.html', 'Find a mentor'], ['mentor.html', 'Mentor'], ['webinars.html', 'Webinars'],
  ['training.html', 'Training'], ['reports.html', 'My reports'], ['moderation.html', 'Moderation'], ['insights.html', 'Insights'],
];

function session() {
  try {
    return JSON.parse(sessionStorage.getItem(STORE) || 'null');
  } catch (e) {
    return null;
  }
}

// Every element on the page asks this for its token, unless the page gives one otherwise.
settings.tokenProvider = async () => {
  const s = session();
  return s && s.token ? s.token : null;
};

async function devModeOn() {
  // The dev token endpoint exists (and refuses GET with 405) only in dev mode; 404 otherwise.
  try {
    const r = await fetch(new URL('dev/token', PLUGIN_BASE), { method: 'GET' });
    return r.status !== 404;
  } catch (e) {
    return false;
  }
}

async function signIn(who) {
  const r = await fetch(new URL('dev/token', PLUGIN_BASE), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub: who.sub, name: who.name, groups: who.groups }),
  });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const v = (body.violations || []).map((x) => `${x.field}: ${x.message}`).join('; ');
    throw new Error(v || body.detail || `The dev token endpoint answered ${r.status}.`);
  }
  sessionStorage.setItem(STORE, JSON.stringify({ ...who, token: body.token }));
}

/** `<mh-demo-bar default-role="mentee">`: the demo header. */
class MhDemoBar extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${BASE_CSS}
      :host { margin-bottom: 1rem; }
      header { background: var(--mh-color-primary, #2456a6); color: #fff; padding: .6rem .9rem; border-radius: var(--_radius); }
      header a { color: #fff; margin-right: .75rem; white-space: nowrap; }
      header a[aria-current=page] { font-weight: 700; }
      .switcher { margin-top: .6rem; background: #fff; color: var(--mh-color-text, #1d2433); padding: .6rem; border-radius: var(--_radius); }
      .switcher label { font-weight: 600; }
      .custom { margin-top: .5rem; }
      .custom[hidden] { display: none; }
      .notice { margin-top: .6rem; background: #fff8e1; color: #4a3b00; padding: .6rem; border-radius: var(--_radius); }`;
    this.shadowRoot.append(style);
    this.root = h('div');
    this.shadowRoot.append(this.root);
  }

  async connectedCallback() {
    const here = location.pathname.split('/').pop() || 'index.html';
    const nav = h('nav', { 'aria-label': 'Demo pages', class: 'row' }, h('strong', {}, 'Mentor Hub demo'),
      PAGES.map(([href, text]) => h('a', { href, 'aria-current': href === here ? 'page' : null }, text)));
    const header = h('header', {}, nav);
    fill(this.root, header);
    if (!(await devModeOn())) {
      header.append(h('div', { class: 'notice', role: 'note' },
        h('strong', {}, 'Dev mode is off. '),
        'These pages have no way to sign you in: the host site must give each component the member\'s token, ' +
        'with the token="…" attribute or element.tokenProvider = async () => token (see ui/README.md).'));
      return;
    }
    const current = session();
    if (!current) {
      const preset = PRESETS.find((p) => p.key === (this.getAttribute('default-role') || 'mentee'));
      try {
        await signIn(preset);
        location.reload();
        return;
      } catch (e) {
        header.append(h('p', { class: 'notice', role: 'alert' }, e.message));
      }
    }
    header.append(this.switcher(current));
  }

  switcher(current) {
    const select = h('select', { name: 'role' },
      PRESETS.map((p) => h('option', { value: p.key, selected: current && current.sub === p.sub }, p.label)),
      h('option', { value: 'custom', selected: current && !PRESETS.some((p) => p.sub === current.sub) }, 'Someone else…'));
    const sub = h('input', { name: 'sub', value: current ? current.sub : '', autocomplete: 'off' });
    const name = h('input', { name: 'name', value: current ? current.name : '', autocomplete: 'off' });
    const roles = ['member', 'mentor', 'moderator', 'admin'].map((g) => h('label', { style: 'font-weight:normal;display:inline-flex;margin-right:.75rem' },
      h('input', { type: 'checkbox', name: 'groups', value: g, checked: current ? current.groups.includes(g) : g === 'member' }), g));
    const custom = h('div', { class: 'custom row top', hidden: select.value !== 'custom' },
      h('div', { class: 'grow' }, field('Member id (sub)', sub)), h('div', { class: 'grow' }, field('Name', name)),
      h('fieldset', {}, h('legend', {}, 'Roles'), roles));
    select.addEventListener('change', () => { custom.hidden = select.value !== 'custom'; });
    const error = h('p', { class: 'field-error', role: 'alert' });
    const go = h('button', { type: 'submit' }, 'Switch');
    const form = h('form', { class: 'switcher', 'aria-label': 'Role switcher (dev mode)' },
      h('div', { class: 'row' }, h('div', { class: 'grow' }, field('Signed in as (dev mode only)', select)), go),
      custom, error,
      h('p', { class: 'muted', id: uid('who') }, current ? `Now: ${current.name} (${current.sub}) — roles ${current.groups.join(', ')}` : 'Not signed in'));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      const who = select.value === 'custom'
        ? { sub: sub.value.trim(), name: name.value.trim(), groups: roles.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value) }
        : PRESETS.find((p) => p.key === select.value);
      try {
        await signIn(who);
        location.reload();
      } catch (err) {
        error.textContent = err.message;
      }
    });
    return form;
  }
}

customElements.define('mh-demo-bar', MhDemoBar);
await import('../mentorhub.js');
