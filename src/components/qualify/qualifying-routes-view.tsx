/** A level's routes to qualifying, as sentences with the class's title marked as English. */
import type { LevelResult } from "../../engine/result-types";
import type { Locale } from "../../i18n/locale";
import { Pieces } from "../../i18n/pieces";
import { qualifyingRoutes, type Voice } from "./qualifying-routes";

export function QualifyingRoutes({ level, locale, voice = "you", className = "qualify-routes" }: { level: LevelResult; locale: Locale; voice?: Voice; className?: string }) {
  const routes = qualifyingRoutes(level, locale, voice);
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
