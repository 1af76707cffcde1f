import { useEffect, useState } from "react";

/**
 * The current view from the URL hash (`#/pool`), so views work from a file
 * opened straight from disk and the browser's back button moves between them.
 */
export function useHashRoute<T extends string>(routes: readonly T[], fallback: T): [T, (route: T) => void] {
  const read = (): T => {
    const name = window.location.hash.replace(/^#\/?/, "") as T;
    return routes.includes(name) ? name : fallback;
  };
  const [route, setRoute] = useState<T>(read);
  useEffect(() => {
    const onChange = (): void => setRoute(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  });
  const go = (next: T): void => {
    window.location.hash = `/${next}`;
  };
  return [route, go];
}
