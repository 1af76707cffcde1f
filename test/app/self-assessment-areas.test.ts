/**
 * Issue 11: an area of study with a comma survives the self-assessment's
 * round trip (an opened file's areas keep a box each), as in the officer form.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicantToDraft, draftToApplicantJson } from "../../src/features/self-assessment/draft";

describe("the self-assessment keeps areas of study exactly as the file has them", () => {
  it("'Business, Management' stays one area", () => {
    const applicant = { education: { highSchool: "diploma" as const, coursework: [{ hours: 30, unit: "semester" as const, areas: ["communications", "Business, Management"] }] } };
    const back = draftToApplicantJson(applicantToDraft(applicant)) as { education: { coursework: Array<{ areas: string[] }> } };
    expect(back.education.coursework[0].areas).toEqual(["communications", "Business, Management"]);
  });

  it("any area text comes back as it was (commas, spaces, other scripts)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ""), { minLength: 1, maxLength: 3 }), (areas) => {
        const unique = [...new Set(areas)].filter((a) => !["business-administration", "communications", "public-relations", "similar"].includes(a));
        const applicant = { education: { highSchool: "ged" as const, coursework: [{ hours: 12, unit: "quarter" as const, areas: unique }] } };
        const back = draftToApplicantJson(applicantToDraft(applicant)) as { education: { coursework: Array<{ areas?: string[] }> } };
        expect(back.education.coursework[0].areas ?? []).toEqual(unique);
      }),
      { numRuns: 300 },
    );
  });
});
