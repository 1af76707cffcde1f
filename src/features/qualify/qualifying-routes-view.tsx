/** A level's routes to qualifying, as sentences with the class's title marked as English. */
import type { LevelResult } from "../../engine/result-types";
import type { Locale } from "../../i18n/locale";
import { Pieces } from "../../i18n/pieces";
import { qualifyingRoutes } from "./qualifying-routes";

export function QualifyingRoutes({ level, locale, className = "qualify-routes" }: { level: LevelResult; locale: Locale; className?: string }) {
  const routes = qualifyingRoutes(level, locale);
  if (routes.length === 0) return null;
  return (
    <ul className={className}>
      {routes.map((r, i) => (
        <li key={i}>
          {/* The title is English only inside Spanish text; in English the whole sentence already is. */}
          {locale === "en" ? r.sentence : <Pieces pieces={r.pieces} />}
        </li>
      ))}
    </ul>
  );
}
