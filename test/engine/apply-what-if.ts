import type { Applicant } from "../../src/engine/applicant-schema";
import type { WhatIf } from "../../src/engine/result-types";

/** The applicant with a patch applied: asOf and highSchool replaced, lists appended. */
export function applyWhatIf(a: Applicant, patch: WhatIf): Applicant {
  return {
    ...a,
    ...(patch.asOf ? { asOf: patch.asOf } : {}),
    education: {
      ...a.education,
      ...(patch.highSchool ? { highSchool: patch.highSchool } : {}),
      coursework: [...(a.education.coursework ?? []), ...(patch.coursework ?? [])],
      degrees: [...(a.education.degrees ?? []), ...(patch.degrees ?? [])],
      credentials: [...(a.education.credentials ?? []), ...(patch.credentials ?? [])],
    },
    experience: [...(a.experience ?? []), ...(patch.jobs ?? [])],
  };
}

