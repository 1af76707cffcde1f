/** Placeholder until this view is built. */
export function ClassesView() {
  return <h1>Class specs</h1>;
}
