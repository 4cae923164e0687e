// Shared pieces of the Mentor Hub components: the API client, the element base class, DOM
// building that never parses data as HTML, and the problem+json display.

/** Where the plugin lives, taken from this module's own URL (…/mentorhub/ui/lib/core.js). */
export const PLUGIN_BASE = new URL('../../', import.meta.url);
export const API_BASE = new URL('api/v1/', PLUGIN_BASE);

/** Page-wide settings a host may give once instead of per element. */
export const settings = {
  /** async () => token; used by every element that has no token of its own. */
  tokenProvider: null,
};

/**
 * Builds an element. `props`: `class`, `text` (textContent), `on` ({event: handler}), `dataset`,
 * boolean properties, anything else as an attribute. Children: nodes or strings (text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'selected')
      el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * A search highlight as DOM: the server escapes the text and wraps matches in <mark>; only those
 * two tags become elements, everything else stays text (so a stray tag can never run).
 */
export function highlighted(snippet) {
  const frag = document.createDocumentFragment();
  const parts = String(snippet).split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) frag.append(inMark ? h('mark', { text: decodeEntities(part) }) : decodeEntities(part));
  }
  return frag;
}

/** An error answer of the API, with its problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
    this.violations = Array.isArray(this.problem.violations) ? this.problem.violations : [];
  }
}

/** Calls /mentorhub/api/v1 with the bearer token the element's host provides. */
export class MentorHubApi {
  constructor(tokenSource) {
    this.tokenSource = tokenSource;
  }

  async request(method, path, { query, body, accept = 'application/json', raw = false } = {}) {
    const url = new URL(path.replace(/^\//, ''), API_BASE);
    if (query) {
      for (const [key, value] of Object.entries(query)) {
        if (value === undefined || value === null || value === '') continue;
        for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
      }
    }
    const headers = { Accept: accept };
    const token = await this.tokenSource();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, { detail: 'The server could not be reached. Check your connection and try again.' });
    }
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch (e) {
        problem = null;
      }
      if (response.status === 401) {
        // The server's detail speaks to developers; a member needs to know they are signed out.
        problem = { ...(problem || {}), detail: 'You are not signed in: this page has no valid Mentor Hub token. Sign in again on the site.' };
      }
      throw new ApiError(response.status, problem);
    }
    if (raw) return response;
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response.text();
  }

  get(path, query) {
    return this.request('GET', path, { query });
  }

  post(path, body = {}) {
    return this.request('POST', path, { body });
  }

  put(path, body) {
    return this.request('PUT', path, { body });
  }

  delete(path, query) {
    return this.request('DELETE', path, { query });
  }
}

/** The look every component shares; a host themes it through these custom properties. */
export const BASE_CSS = `
:host {
  display: block;
  font-family: var(--mh-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--mh-font-size, 1rem);
  line-height: 1.45;
  color: var(--mh-color-text, #1d2433);
  --_primary: var(--mh-color-primary, #2456a6);
  --_on-primary: var(--mh-color-on-primary, #ffffff);
  --_surface: var(--mh-color-surface, #ffffff);
  --_muted: var(--mh-color-muted, #5b6474);
  --_border: var(--mh-color-border, #c9cfda);
  --_danger: var(--mh-color-danger, #b3261e);
  --_success: var(--mh-color-success, #1e7a3c);
  --_warning: var(--mh-color-warning, #8a5a00);
  --_highlight: var(--mh-color-highlight, #fff0a6);
  --_radius: var(--mh-radius, 8px);
  --_space: var(--mh-space, 0.75rem);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
h2, h3, h4 { line-height: 1.2; margin: 0 0 calc(var(--_space) * 0.75); }
h2 { font-size: 1.35rem; } h3 { font-size: 1.1rem; } h4 { font-size: 1rem; }
p { margin: 0 0 calc(var(--_space) * 0.75); }
a { color: var(--_primary); }
mark { background: var(--_highlight); color: inherit; padding: 0 1px; border-radius: 2px; }
.card { background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
  padding: var(--_space); margin-bottom: var(--_space); overflow-wrap: anywhere; }
.muted { color: var(--_muted); font-size: 0.92em; }
.row { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.66); align-items: center; }
.row.top { align-items: flex-start; }
.stack > * + * { margin-top: calc(var(--_space) * 0.66); }
.grow { flex: 1 1 12rem; min-width: 0; }
button, .button { font: inherit; cursor: pointer; border-radius: var(--_radius); padding: 0.45rem 0.9rem;
  border: 1px solid var(--_primary); background: var(--_primary); color: var(--_on-primary);
  min-height: 2.5rem; text-decoration: none; display: inline-flex; align-items: center; }
button.secondary, .button.secondary { background: transparent; color: var(--_primary); }
button.danger { background: var(--_danger); border-color: var(--_danger); }
button.link { background: none; border: none; color: var(--_primary); padding: 0; min-height: 0;
  text-decoration: underline; text-align: left; }
button[disabled] { opacity: 0.55; cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--mh-color-focus, #f2a900); outline-offset: 2px; }
label { display: block; font-weight: 600; margin-bottom: 0.2rem; }
input, select, textarea { font: inherit; width: 100%; padding: 0.45rem 0.55rem; border: 1px solid var(--_border);
  border-radius: var(--_radius); background: var(--_surface); color: inherit; min-height: 2.5rem; }
input[type=checkbox], input[type=radio] { width: auto; min-height: 0; margin: 0 0.4rem 0 0; }
textarea { min-height: 6rem; resize: vertical; }
.field { margin-bottom: var(--_space); }
.field-error { color: var(--_danger); font-size: 0.92em; margin: 0.25rem 0 0; }
[aria-invalid="true"] { border-color: var(--_danger); }
.status:empty { display: none; }
.status { padding: 0.5rem 0.75rem; border-radius: var(--_radius); margin-bottom: var(--_space); }
.status.error { background: #fdecea; color: var(--_danger); border: 1px solid var(--_danger); }
.status.ok { background: #e8f5ec; color: var(--_success); border: 1px solid var(--_success); }
.loading { color: var(--_muted); font-style: italic; }
.empty { color: var(--_muted); padding: var(--_space); border: 1px dashed var(--_border); border-radius: var(--_radius); }
.badge { display: inline-block; font-size: 0.8em; padding: 0.1rem 0.5rem; border-radius: 999px;
  border: 1px solid currentColor; white-space: nowrap; }
.badge.ok { color: var(--_success); } .badge.warn { color: var(--_warning); } .badge.bad { color: var(--_danger); }
.tags { display: flex; flex-wrap: wrap; gap: 0.3rem; padding: 0; margin: 0; list-style: none; }
.tags li { background: #eef2f8; border-radius: 999px; padding: 0.1rem 0.6rem; font-size: 0.88em; }
.plain { list-style: none; padding: 0; margin: 0; }
fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space); padding: 0.5rem 0.75rem; min-width: 0; }
legend { font-weight: 600; padding: 0 0.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--_border); vertical-align: top; }
.table-wrap { overflow-x: auto; }
progress { width: 100%; height: 0.9rem; accent-color: var(--_primary); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
nav.tabs { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-bottom: var(--_space); }
nav.tabs button[aria-current="page"] { background: var(--_primary); color: var(--_on-primary); }
nav.tabs button { background: transparent; color: var(--_primary); }
`;

let idCounter = 0;
/** A document-unique id for labels and aria references. */
export function uid(prefix = 'mh') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Base of every Mentor Hub element: an open shadow root with the shared styles, the token from
 * the `token` attribute, the `tokenProvider` property, an enclosing Mentor Hub element, or
 * `MentorHub.settings.tokenProvider`, in that order.
 */
export class MhElement extends HTMLElement {
  static get observedAttributes() {
    return ['token'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BASE_CSS + (this.constructor.css || '');
    this.shadowRoot.append(style);
    this.root = h('div', { class: 'mh-root', part: 'root' });
    this.shadowRoot.append(this.root);
    this.api = new MentorHubApi(() => this.resolveToken());
    this._tokenProvider = null;
  }

  get tokenProvider() {
    return this._tokenProvider;
  }

  set tokenProvider(fn) {
    this._tokenProvider = fn;
    if (this._started) this.refresh();
  }

  async resolveToken() {
    const attr = this.getAttribute('token');
    if (attr) return attr;
    if (this._tokenProvider) return this._tokenProvider();
    let node = this;
    while (node) {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
      if (node instanceof MhElement && node !== this) {
        return node.resolveToken();
      }
    }
    return settings.tokenProvider ? settings.tokenProvider() : null;
  }

  connectedCallback() {
    if (!this._started) {
      this._started = true;
      this.refresh();
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (this._started && oldValue !== newValue) this.refresh();
  }

  /** Renders from scratch; components override. */
  refresh() {}

  /** The signed-in member ({id, name, roles, calendarFeedUrl}), cached per token. */
  async me() {
    const token = await this.resolveToken();
    if (!this._me || this._meToken !== token) {
      this._meToken = token;
      this._me = this.api.get('me');
    }
    return this._me;
  }
}

/** A polite live region for results and an assertive one for errors. */
export function statusRegion() {
  return h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

export function setStatus(region, message, kind = 'ok') {
  region.className = `status ${kind}`;
  region.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  region.textContent = message || '';
}

export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** A labelled form field; `control` is an input, select or textarea. */
export function field(labelText, control, hint) {
  const id = control.id || (control.id = uid('f'));
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, labelText), control);
  if (hint) {
    const hintEl = h('p', { class: 'muted', id: `${id}-hint` }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
    wrap.append(hintEl);
  }
  return wrap;
}

/** Removes the field errors a previous submit left in a form. */
export function clearErrors(form, region) {
  form.querySelectorAll('.field-error').forEach((el) => {
    const control = form.querySelector(`[aria-describedby~="${el.id}"]`);
    if (control) {
      control.removeAttribute('aria-invalid');
      const rest = (control.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== el.id);
      if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
      else control.removeAttribute('aria-describedby');
    }
    el.remove();
  });
  if (region) setStatus(region, '');
}

function controlFor(form, fieldName) {
  const candidates = [fieldName, fieldName.replace(/\[\d+\]$/, ''), fieldName.split('.').pop().replace(/\[\d+\]$/, '')];
  for (const name of candidates) {
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (control) return control;
  }
  return null;
}

/**
 * Shows an API error: each violation next to the control named like its field, the rest (or
 * the problem's detail) in the form's status region.
 */
export function showProblem(form, region, error) {
  if (form) clearErrors(form, region);
  if (!(error instanceof ApiError)) {
    setStatus(region, error && error.message ? error.message : String(error), 'error');
    return;
  }
  const unplaced = [];
  let first = null;
  for (const v of error.violations) {
    const control = form ? controlFor(form, String(v.field || '')) : null;
    if (!control) {
      unplaced.push(`${v.field}: ${v.message}`);
      continue;
    }
    const message = h('p', { class: 'field-error', id: uid('err') }, v.message);
    const anchor = control.closest('.field') || control;
    anchor.append(message);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') || ''} ${message.id}`.trim());
    first = first || control;
  }
  const summary = error.violations.length
    ? `Please correct the highlighted fields.${unplaced.length ? ' ' + unplaced.join('; ') : ''}`
    : error.message;
  setStatus(region, summary, 'error');
  if (first) first.focus();
}

/** Formats an instant in the reader's locale and zone. */
export function when(iso, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  if (!iso) return '';
  try {
    return new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
  } catch (e) {
    return String(iso);
  }
}

/** Turns SOME_ENUM into "Some enum". */
export function label(value) {
  const s = String(value || '').replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A list of tags. */
export function tags(values, labelText) {
  return h('ul', { class: 'tags', 'aria-label': labelText }, (values || []).map((v) => h('li', {}, v)));
}

/** Runs `work` with a button disabled meanwhile. */
export async function busy(button, work) {
  const was = button.disabled;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = was;
    button.removeAttribute('aria-busy');
  }
}

/** Defines a custom element once (a page may load the bundle twice). */
export function define(name, cls) {
  if (!customElements.get(name)) customElements.define(name, cls);
}
