/** Placeholder until this view is built. */
export function OfficerView() {
  return <h1>Screen an applicant</h1>;
}
