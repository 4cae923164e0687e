// Training: tracks with progress, lessons, quizzes with feedback per option, reflections,
// webinar steps and certificates.
import {
  MhElement, h, fill, loading, empty, statusRegion, setStatus, field, showProblem, clearErrors, when,
  label, busy, define,
} from '../lib/core.js';

function progressBar(progress, title) {
  const p = progress || { percent: 0, completedSteps: 0, totalSteps: 0 };
  return h('div', { class: 'progress' },
    h('progress', { max: 100, value: p.percent, 'aria-label': `${title}: ${p.percent}% complete` }),
    h('span', { class: 'muted' }, `${p.completedSteps} of ${p.totalSteps} steps · ${p.percent}%`));
}

/** `<mh-training track="slug">`: the track list, or one track when `track` is set. */
export class MhTraining extends MhElement {
  static get observedAttributes() {
    return ['token', 'track'];
  }

  static css = `
  .steps { counter-reset: step; }
  .steps li { display: flex; gap: .5rem; align-items: baseline; padding: .3rem 0; border-bottom: 1px solid var(--_border); }
  .steps li .done { color: var(--_success); min-width: 1.2rem; }
  .steps button[aria-current=step] { font-weight: 700; }
  .lesson { max-width: 46rem; }
  .lesson img { max-width: 100%; height: auto; }
  .question { margin-bottom: var(--_space); }
  .option { display: block; font-weight: normal; margin: .25rem 0; }
  .feedback { margin: .1rem 0 .4rem 1.6rem; font-size: .92em; }
  .feedback:not(:empty) { border-left: 3px solid var(--_border); padding-left: .5rem; }
  .verdict { font-weight: 600; margin: .25rem 0 0; }
  .verdict.right { color: var(--_success); } .verdict.wrong { color: var(--_danger); }
  .layout { display: grid; grid-template-columns: minmax(12rem, 18rem) 1fr; gap: var(--_space); align-items: start; }
  @media (max-width: 700px) { .layout { grid-template-columns: 1fr; } }
  `;

  refresh() {
    const slug = this.getAttribute('track');
    if (slug) this.openTrack(slug);
    else this.listTracks();
  }

  async listTracks() {
    const region = statusRegion();
    fill(this.root, h('h2', {}, 'Training tracks'), loading());
    try {
      const tracks = await this.api.get('tracks');
      fill(this.root, h('h2', {}, 'Training tracks'), region,
        tracks.length ? h('ul', { class: 'plain', 'aria-label': 'Tracks' }, tracks.map((t) => h('li', { class: 'card', dataset: { track: t.slug } },
          h('div', { class: 'row' }, h('h3', { class: 'grow' }, h('button', { class: 'link', on: { click: () => this.openTrack(t.slug) } }, t.title)),
            t.progress && t.progress.completed ? h('span', { class: 'badge ok' }, 'Completed') : t.progress && t.progress.enrolled ? h('span', { class: 'badge' }, 'Enrolled') : null),
          h('p', {}, t.summary),
          h('p', { class: 'muted' }, `For ${label(t.audience)} · about ${t.estimatedMinutes} min · ${t.stepCount} steps`),
          progressBar(t.progress, t.title)))) : empty('No tracks are published.'));
    } catch (e) {
      fill(this.root, h('h2', {}, 'Training tracks'), region);
      showProblem(null, region, e);
    }
  }

  async openTrack(slug, stepId) {
    this.region = statusRegion();
    fill(this.root, loading('Loading the track…'));
    try {
      this.track = await this.api.get(`tracks/${encodeURIComponent(slug)}`);
    } catch (e) {
      fill(this.root, this.region);
      showProblem(null, this.region, e);
      return;
    }
    const t = this.track;
    const back = this.getAttribute('track') ? null : h('button', { class: 'secondary', on: { click: () => this.listTracks() } }, '‹ All tracks');
    this.stepEl = h('section', { class: 'card', 'aria-live': 'polite' });
    this.stepsNav = h('nav', { 'aria-label': 'Steps' });
    const head = h('div', {}, back, h('h2', {}, t.title), h('p', {}, t.summary), progressBar(t.progress, t.title));
    if (!t.progress.enrolled) {
      const enroll = h('button', { type: 'button' }, 'Start this track');
      enroll.addEventListener('click', () => busy(enroll, async () => {
        try {
          await this.api.post(`tracks/${encodeURIComponent(slug)}/enrollment`);
          await this.openTrack(slug);
          setStatus(this.region, 'You are enrolled. Work through the steps in any order.');
        } catch (e) {
          showProblem(null, this.region, e);
        }
      }));
      head.append(enroll);
    }
    if (t.progress.completed) head.append(this.certificate(t));
    fill(this.root, head, this.region, h('div', { class: 'layout' }, this.stepsNav, this.stepEl));
    this.renderSteps();
    const first = stepId || (t.steps.find((s) => !s.completed) || t.steps[0] || {}).id;
    if (first && t.progress.enrolled) this.showStep(first);
    else fill(this.stepEl, empty(t.progress.enrolled ? 'This track has no steps.' : 'Start the track to open its steps.'));
  }

  renderSteps() {
    fill(this.stepsNav, h('ol', { class: 'plain steps' }, this.track.steps.map((s) => h('li', { dataset: { step: s.id } },
      h('span', { class: 'done', 'aria-hidden': 'true' }, s.completed ? '✓' : ''),
      h('button', { class: 'link', disabled: !this.track.progress.enrolled, 'aria-current': this.current === s.id ? 'step' : null,
        on: { click: () => this.showStep(s.id) } }, `${s.title}`),
      h('span', { class: 'sr-only' }, s.completed ? '(done)' : '(to do)'),
      h('span', { class: 'muted' }, label(s.kind))))));
  }

  showStep(id) {
    const s = this.track.steps.find((x) => x.id === id);
    this.current = id;
    this.renderSteps();
    const title = h('h3', { tabindex: '-1' }, s.title);
    const done = s.completed ? h('p', { class: 'badge ok' }, 'Done') : null;
    const body = { lesson: () => this.lesson(s), quiz: () => this.quiz(s), reflection: () => this.reflection(s), webinar: () => this.webinar(s) }[s.kind];
    fill(this.stepEl, title, done, body ? body() : empty('This step has nothing to show.'));
    title.focus();
  }

  async completed(s, answer) {
    const body = answer === undefined ? {} : { answer };
    const r = await this.api.post(`tracks/${encodeURIComponent(this.track.slug)}/steps/${encodeURIComponent(s.id)}/completion`, body);
    return r;
  }

  lesson(s) {
    // The server renders lessons from Markdown and sanitises the HTML; it is the only markup
    // these components insert as HTML.
    const content = h('div', { class: 'lesson' });
    content.innerHTML = s.html || '';
    const next = h('button', { type: 'button' }, s.completed ? 'Next step' : 'Mark as done');
    next.addEventListener('click', () => busy(next, async () => {
      try {
        if (!s.completed) await this.completed(s);
        await this.openTrack(this.track.slug, this.nextId(s));
        setStatus(this.region, `Lesson “${s.title}” done.`);
      } catch (e) {
        showProblem(null, this.region, e);
      }
    }));
    return [content, h('div', { class: 'row' }, next,
      h('mh-report-button', { 'target-type': 'LESSON', 'target-id': `${this.track.slug}/${s.id}`, 'target-name': `the lesson “${s.title}”` }))];
  }

  nextId(s) {
    const i = this.track.steps.findIndex((x) => x.id === s.id);
    const later = this.track.steps.slice(i + 1).find((x) => !x.completed);
    return (later || this.track.steps[i]).id;
  }

  quiz(s) {
    const region = statusRegion();
    const questions = s.questions || [];
    const form = h('form', { novalidate: true, 'aria-label': s.title },
      h('p', { class: 'muted' }, `Pass mark ${s.passMark}%.${s.attempts ? ` Attempts so far: ${s.attempts}, best ${s.bestScore}%.` : ''}`),
      questions.map((q, qi) => h('fieldset', { class: 'question', dataset: { question: q.id } },
        h('legend', {}, `${qi + 1}. ${q.text}${q.multiple && !/all that apply/i.test(q.text) ? ' (choose all that apply)' : ''}`),
        q.options.map((o) => h('div', { dataset: { option: o.id } },
          h('label', { class: 'option' },
            h('input', { type: q.multiple ? 'checkbox' : 'radio', name: q.id, value: o.id }), o.text),
          h('p', { class: 'feedback', 'aria-live': 'polite' }))),
        h('p', { class: 'verdict', 'aria-live': 'polite' }))),
      region,
      h('button', { type: 'submit' }, 'Check my answers'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      const answers = {};
      for (const q of questions) answers[q.id] = [...form.querySelectorAll(`input[name="${CSS.escape(q.id)}"]:checked`)].map((i) => i.value);
      const submit = form.querySelector('button[type=submit]');
      busy(submit, async () => {
        try {
          const r = await this.api.post(`tracks/${encodeURIComponent(this.track.slug)}/steps/${encodeURIComponent(s.id)}/quiz-attempts`, { answers });
          for (const fb of r.feedback || []) {
            const set = form.querySelector(`[data-question="${CSS.escape(fb.questionId)}"]`);
            if (!set) continue;
            set.querySelectorAll('.feedback').forEach((p) => { p.textContent = ''; });
            for (const o of fb.options || []) {
              const p = set.querySelector(`[data-option="${CSS.escape(o.optionId)}"] .feedback`);
              if (p && o.feedback) p.textContent = o.feedback;
            }
            const verdict = set.querySelector('.verdict');
            verdict.textContent = fb.correct ? '✓ Correct' : '✗ Not quite: read the feedback above';
            verdict.className = `verdict ${fb.correct ? 'right' : 'wrong'}`;
          }
          setStatus(region, r.passed ? `Passed with ${r.score}% (pass mark ${r.passMark}%).` : `${r.score}% — you need ${r.passMark}% to pass. Read the feedback and try again.`, r.passed ? 'ok' : 'error');
          if (r.passed) {
            this.track.progress = r.progress;
            s.completed = true;
            this.renderSteps();
            const next = h('button', { type: 'button', on: { click: () => this.openTrack(this.track.slug, this.nextId(s)) } }, 'Continue');
            form.append(next);
          }
        } catch (err) {
          showProblem(form, region, err);
        }
      });
    });
    return form;
  }

  reflection(s) {
    const region = statusRegion();
    const answer = h('textarea', { name: 'answer', rows: 6, maxlength: 5000, value: s.answer || '' });
    const save = h('button', { type: 'submit' }, s.completed ? 'Update my answer' : 'Save my reflection');
    const form = h('form', { novalidate: true },
      h('p', { style: 'white-space:pre-line' }, s.prompt),
      field('Your answer (private to you)', answer), region, save);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearErrors(form, region);
      busy(save, async () => {
        try {
          await this.completed(s, answer.value.trim());
          await this.openTrack(this.track.slug, this.nextId(s));
          setStatus(this.region, 'Reflection saved.');
        } catch (err) {
          showProblem(form, region, err);
        }
      });
    });
    return form;
  }

  webinar(s) {
    return [h('p', {}, s.description || 'Attend a webinar of this kind.'),
      h('p', { class: 'muted' }, `This step completes itself when you attend a ${label(s.webinarKind || 'webinar')} session for at least half of it. Register on the webinars page.`)];
  }

  certificate(t) {
    const pdf = h('button', { type: 'button' }, 'Download certificate (PDF)');
    pdf.addEventListener('click', () => busy(pdf, async () => {
      try {
        const r = await this.api.request('GET', `tracks/${encodeURIComponent(t.slug)}/certificate.pdf`, { accept: 'application/pdf', raw: true });
        const a = h('a', { href: URL.createObjectURL(await r.blob()), download: `certificate-${t.slug}.pdf` });
        this.root.append(a);
        a.click();
        a.remove();
      } catch (e) {
        showProblem(null, this.region, e);
      }
    }));
    return h('div', { class: 'card certificate' },
      h('p', {}, h('strong', {}, 'Completed'), ` on ${when(t.progress.completedAt, { dateStyle: 'long' })}. Certificate code `, h('code', {}, t.progress.certificateCode || '')),
      pdf);
  }
}

define('mh-training', MhTraining);
