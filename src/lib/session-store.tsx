/**
 * The one pattern for state that outlives a view but not the page: the
 * officer's form while another view shows, a pool screening in progress.
 *
 * A store is made by a function (`makeX = () => ...`); `useSessionStore(makeX)`
 * gives this session's one instance of it. The session is `<SessionStores>`,
 * which the app shell renders once: moving between views keeps the stores,
 * and a new page load (or a test's new render) starts with none, so there is
 * nothing to reset. A view rendered without `<SessionStores>` gets its own
 * stores, which last as long as it is shown.
 *
 *   const makeCounter = () => createStore(0);
 *   const counter = useSessionStore(makeCounter);
 *   const value = useStoreValue(counter);
 *   counter.set(value + 1);
 */
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";

export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A store's value, re-rendering the component when it changes. */
export function useStoreValue<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

const Session = createContext<Map<() => unknown, unknown> | null>(null);

/** One session of stores for everything inside it (the app shell renders it once). */
export function SessionStores({ children }: { children: ReactNode }) {
  const [stores] = useState(() => new Map<() => unknown, unknown>());
  return <Session.Provider value={stores}>{children}</Session.Provider>;
}

/** This session's instance of the store `make` makes, made on first use. */
export function useSessionStore<S>(make: () => S): S {
  const stores = useContext(Session);
  const [own] = useState(() => (stores ? null : make()));
  if (!stores) return own as S;
  if (!stores.has(make)) stores.set(make, make());
  return stores.get(make) as S;
}
