/**
 * What an unmet level is missing, in the reader's language: the engine's own
 * words in English; in Spanish, sentences built from the engine's numbers
 * (months, semester or quarter hours), with anything else quoted in English.
 * Messages from the applicant catalogs ("sa.need.*").
 */
import type { LevelResult, ShortfallOption } from "../../engine/result-types";
import type { Translate } from "../../i18n/applicant-language";
import type { Locale } from "../../i18n/locale";
import type { Piece } from "../../i18n/pieces";

/** One way to close a gap, for the applicant: the engine's words (built from its numbers in Spanish), with years beside long stretches of months. */
export function optionText(option: ShortfallOption, t: Translate, locale: Locale): Piece[] {
  const years = option.kind === "experience" && option.months !== undefined && option.months >= 12 ? Math.round((option.months / 12) * 10) / 10 : null;
  let text: Piece[];
  if (locale === "en") text = [option.text];
  else if (option.kind === "experience" && option.months !== undefined) text = [t("sa.need.months", { months: Math.round(option.months * 10) / 10 })];
  else if (option.kind === "education" && option.semesterHours !== undefined) text = [t("sa.need.semesterHours", { hours: Math.round(option.semesterHours * 10) / 10 })];
  else if (option.kind === "education" && option.quarterHours !== undefined) text = [t("sa.need.quarterHours", { hours: Math.round(option.quarterHours * 10) / 10 })];
  else text = [{ en: option.text }];
  return years === null ? text : [...text, t("sa.need.years", { years, n: years })];
}

/** Every need of the level ("; and "), each with its options (", or "). */
export function needsPieces(level: LevelResult, t: Translate, locale: Locale): Piece[] {
  const out: Piece[] = [];
  (level.shortfall?.needs ?? []).forEach((n, i) => {
    if (i > 0) out.push(t("sa.need.and"));
    n.options.forEach((o, j) => {
      if (j > 0) out.push(t("sa.need.or"));
      out.push(...optionText(o, t, locale));
    });
  });
  return out;
}

