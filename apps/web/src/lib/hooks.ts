import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';

/** The value once it has stopped changing for `delayMs` (live lookups while someone types). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export const SERVICE_NAME = 'Panel Scrutiny Portal';

/** What the page being rendered on the server says about itself, for the document's <head>. */
export class PageHead {
  title: string | undefined;
  description: string | undefined;

  setTitle(title: string): void {
    this.title = title;
  }

  setDescription(description: string): void {
    this.description = description;
  }
}

/** Given only by the server renderer: pages write their title and description into it as they render. */
export const PageHeadContext = createContext<PageHead | null>(null);

/** Sets the tab title GOV.UK style: "Page – Service"; "Error: Page – Service" when the form has errors. */
export function usePageTitle(title: string | undefined, options: { error?: boolean } = {}): void {
  const head = useContext(PageHeadContext);
  // On the server there are no effects: the title goes into the page's <head> as it renders.
  if (head && title) head.setTitle(`${options.error ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`);
  useEffect(() => {
    if (!title) return;
    document.title = `${options.error ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, options.error]);
}

/** The page's meta description (read by search engines and link previews), written on the server. */
export function usePageDescription(description: string | undefined): void {
  const head = useContext(PageHeadContext);
  if (head && description) head.setDescription(description);
}

/**
 * Warns before leaving a form with unsaved changes: in-app navigation through react-router's
 * blocker (the caller renders the confirmation), and closing or reloading the tab through the
 * browser's own beforeunload prompt.
 */
export function useUnsavedChanges(dirty: boolean) {
  // Set just before navigating away after a successful save, when `dirty` may not have re-rendered yet.
  const saved = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !saved.current && dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    blocker,
    /** Call after saving, before navigating on. */
    allowLeaving: () => {
      saved.current = true;
    },
  };
}

/**
 * State mirrored in sessionStorage, so text someone typed survives a reload or a conflict with
 * another editor. `clear` forgets it once saved.
 */
export function useSessionDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.sessionStorage.getItem(key);
      return stored ? (JSON.parse(stored) as T) : initial;
    } catch {
      return initial;
    }
  });
  const update = (next: T) => {
    setValue(next);
    try {
      window.sessionStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the draft still lives in memory.
    }
  };
  const clear = () => {
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
  };
  return [value, update, clear];
}
