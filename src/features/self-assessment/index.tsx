/** Placeholder until this view is built. */
export function SelfAssessmentView() {
  return <h1>Check your own qualifications</h1>;
}
