/**
 * The officer's screening page. To open it with an applicant from another
 * view, call `setPendingApplicant(applicant)` and go to `#/officer` (see
 * pending-applicant.ts). The form model converts between form values and
 * the applicant file format.
 */
export { OfficerView } from "./officer-view";
export { setPendingApplicant } from "./pending-applicant";
export { applicantToForm, formToApplicant, emptyForm, type ApplicantFormValues } from "./applicant-form-model";
export { allRules, comparableLevelIds } from "./comparable-levels";
