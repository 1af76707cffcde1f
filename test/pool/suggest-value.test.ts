/** "Did you mean ...?": a guess only when one option is clearly what was typed. */
import { describe, expect, it } from "vitest";
import { EXPERIENCE_KINDS, HIGH_SCHOOL } from "../../src/engine/vocabulary";
import { CSV_COLUMNS } from "../../src/pool/csv-columns";
import { suggestValue } from "../../src/pool/suggest-value";

const COLUMNS = CSV_COLUMNS.map((c) => c.name);

describe("suggestValue", () => {
  it("finds the option one or two typos away", () => {
    expect(suggestValue("custmer-service", EXPERIENCE_KINDS)).toBe("customer-service");
    expect(suggestValue("Customer Servise", EXPERIENCE_KINDS)).toBe("customer-service");
    expect(suggestValue("diplome", HIGH_SCHOOL)).toBe("diploma");
    expect(suggestValue("high_schol", COLUMNS)).toBe("high_school");
  });

  it("finds the only option a heading adds words to or leaves words off", () => {
    expect(suggestValue("Start Date", COLUMNS)).toBe("start");
    expect(suggestValue("hours", COLUMNS)).toBe("hours_per_week");
    // "coursework" starts three columns: no guess.
    expect(suggestValue("coursework", COLUMNS)).toBeNull();
  });

  it("guesses nothing for a value far from every option, an exact option, a tie or an empty cell", () => {
    expect(suggestValue("sales", EXPERIENCE_KINDS)).toBeNull();
    expect(suggestValue("ged", HIGH_SCHOOL)).toBeNull();
    expect(suggestValue("", HIGH_SCHOOL)).toBeNull();
    // One edit from both "cat" and "bat".
    expect(suggestValue("at", ["cat", "bat"])).toBeNull();
    // Short words allow one typo, not two.
    expect(suggestValue("nxxe", HIGH_SCHOOL)).toBeNull();
  });
});
