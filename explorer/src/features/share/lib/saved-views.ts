/**
 * Named saved views in localStorage: a name and the URL query string that
 * reopens the picture (url-state.ts), newest first.
 */
export interface SavedView {
  name: string;
  query: string;
  savedAt: string;
}

export const SAVED_VIEWS_KEY = "ttgraph.savedViews";

export function listSavedViews(storage: Storage = localStorage): SavedView[] {
  try {
    const raw = JSON.parse(storage.getItem(SAVED_VIEWS_KEY) ?? "[]") as unknown;
    return Array.isArray(raw)
      ? (raw.filter((v) => v && typeof v.name === "string" && typeof v.query === "string") as SavedView[])
      : [];
  } catch {
    return [];
  }
}

/** Save (replacing a view of the same name) and return the new list. */
export function saveView(name: string, query: string, storage: Storage = localStorage, now = new Date()): SavedView[] {
  const list = [{ name, query, savedAt: now.toISOString() }, ...listSavedViews(storage).filter((v) => v.name !== name)];
  storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(list));
  return list;
}

export function deleteView(name: string, storage: Storage = localStorage): SavedView[] {
  const list = listSavedViews(storage).filter((v) => v.name !== name);
  storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(list));
  return list;
}
