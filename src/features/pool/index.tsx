/** Placeholder until this view is built. */
export function PoolView() {
  return <h1>Screen a pool of applicants</h1>;
}
