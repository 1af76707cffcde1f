/** The applicant's self-assessment: plain-language questions, results and a saved applicant file. */
export { SelfAssessmentView } from "./self-assessment-view";
