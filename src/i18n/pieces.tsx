/**
 * Text with some words kept in English inside a translated sentence (a class
 * title, a quote from a spec), so they can carry `lang="en"` and screen
 * readers pronounce them right.
 */
import type { Values } from "./applicant-language";

export type Piece = string | { en: string };

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKED = /\uE000(\d+)\uE001/g;

/**
 * Format a message with some arguments marked as English words.
 * @example piecesOf((v) => `Cumple ${v.title}.`, {}, { title: "Customer Service Assistant" }) // ["Cumple ", { en: "Customer Service Assistant" }, "."]
 */
export function piecesOf(format: (values: Values) => string, values: Values, english: Record<string, string>): Piece[] {
  const keys = Object.keys(english);
  const marked: Values = { ...values };
  keys.forEach((k, i) => (marked[k] = `${OPEN}${i}${CLOSE}`));
  const text = format(marked);
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKED)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ en: english[keys[Number(m[1])]] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The pieces as plain text. */
export const piecesText = (pieces: Piece[]): string => pieces.map((p) => (typeof p === "string" ? p : p.en)).join("");

/** Pieces, with the English words marked `lang="en"`. */
export function Pieces({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((p, i) =>
        typeof p === "string" ? (
          p
        ) : (
          <span key={i} lang="en">
            {p.en}
          </span>
        ),
      )}
    </>
  );
}
