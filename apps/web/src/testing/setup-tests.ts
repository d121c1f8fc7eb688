// Every component test starts from a clean browser: no stored sign-in, no drafts.
import { cleanup, configure } from '@testing-library/react';
import { clearCsrfToken } from '@/lib/session';

// The first test of a file also compiles the zod contracts the api-client checks replies against.
configure({ asyncUtilTimeout: 5000 });
// Generous when the whole monorepo's tests share two cores.
jest.setTimeout(30_000);

// jsdom does not lay out pages, so it has no scrolling.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  clearCsrfToken();
  window.sessionStorage.clear();
});
