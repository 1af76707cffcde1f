import { lazy, Suspense, useEffect, useRef } from "react";
import { CatalogProvider } from "../lib/catalog-context";
import { SessionStores } from "../lib/session-store";
import { useHashRoute } from "./use-hash-route";
import { OfficerView } from "../features/officer";

// Views other than the officer's are loaded when first opened, to keep the first page small.
const PoolView = lazy(() => import("../features/pool").then((m) => ({ default: m.PoolView })));
const SelfAssessmentView = lazy(() => import("../features/self-assessment").then((m) => ({ default: m.SelfAssessmentView })));
const ClassesView = lazy(() => import("../features/classes").then((m) => ({ default: m.ClassesView })));

const ROUTES = ["officer", "pool", "self", "classes"] as const;
type Route = (typeof ROUTES)[number];

const NAV: Array<{ route: Route; label: string }> = [
  { route: "officer", label: "Screen an applicant" },
  { route: "pool", label: "Screen a pool" },
  { route: "self", label: "Check your own qualifications" },
  { route: "classes", label: "Class specs" },
];

export const APP_VERSION = __APP_VERSION__;

export function App() {
  const [route] = useHashRoute(ROUTES, "officer");
  const heading = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  // Moving between views puts focus at the top of the new view, as a page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [route]);
  return (
    <CatalogProvider>
      {/* The URL hash names the view, so the skip link moves focus itself instead of changing the hash. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header no-print">
        <p className="site-title">Minimum-qualification screener</p>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.route}>
                <a href={`#/${n.route}`} aria-current={route === n.route ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <div ref={heading} tabIndex={-1} className="view-focus">
          {/* One session of stores: the officer's form and a pool screening outlive a change of view. */}
          <SessionStores>
            <Suspense fallback={<p role="status">Loading…</p>}>
              {route === "officer" && <OfficerView />}
              {route === "pool" && <PoolView />}
              {route === "self" && <SelfAssessmentView />}
              {route === "classes" && <ClassesView />}
            </Suspense>
          </SessionStores>
        </div>
      </main>
      <footer className="site-footer no-print">
        <p>
          Applicant data stays in this browser: nothing is sent anywhere. Screener version {APP_VERSION}. The hiring agency makes every official
          decision.
        </p>
      </footer>
    </CatalogProvider>
  );
}
