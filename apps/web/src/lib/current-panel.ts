// Pages such as /recommendations/:id do not name their panel in the URL; navigation links then
// use the panel the reader last visited, or the only panel there is.
import { useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import { usePanels } from './api/get-panels';

const STORAGE_KEY = 'psp.panel';

export function rememberPanel(slug: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, slug);
  } catch {
    // Not essential.
  }
}

function rememberedPanel(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const noSubscription = () => () => undefined;

/** The panel in the URL, else the one last visited, else the first the API lists. */
export function useCurrentPanelSlug(): string | undefined {
  const { slug } = useParams();
  const panels = usePanels();
  // The server cannot know the one last visited: hydration starts without it, as the server rendered.
  const remembered = useSyncExternalStore(noSubscription, rememberedPanel, () => null);
  return slug ?? remembered ?? panels.data?.[0]?.slug;
}
