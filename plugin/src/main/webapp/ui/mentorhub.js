// Mentor Hub web components: load this one module and use the <mh-*> elements.
//
//   <script type="module" src="/mentorhub/ui/mentorhub.js"></script>
//   <mh-find-mentor token="..."></mh-find-mentor>
//
// Each element takes the member's bearer token from its `token` attribute or its
// `tokenProvider` property (an async function returning the token), else from an enclosing
// Mentor Hub element, else from MentorHub.settings.tokenProvider. See ui/README.md.
import { settings, MhElement, MentorHubApi, ApiError } from './lib/core.js';
import './components/directory.js';
import './components/reports.js';
import './components/mentor.js';
import './components/webinars.js';
import './components/training.js';
import './components/moderation.js';
import './components/insights.js';

/** Sets the token source of every element on the page that has none of its own. */
export function configure({ tokenProvider } = {}) {
  settings.tokenProvider = tokenProvider || null;
}

export { settings, MhElement, MentorHubApi, ApiError };

window.MentorHub = Object.assign(window.MentorHub || {}, { configure, settings, ApiError });
