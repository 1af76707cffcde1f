/**
 * The officer's screening page. To open it with an applicant from another
 * view, hand it over with `useHandOver()` and go to `#/officer` (see
 * src/lib/pending-applicant.ts). The form model converts between form values and
 * the applicant file format.
 */
export { OfficerView } from "./officer-view";
export { useHandOver } from "../../lib/pending-applicant";
export { applicantToForm, formToApplicant, emptyForm, type ApplicantFormValues } from "../../lib/applicant-form";
