/** The pool screen: many applicants from a CSV or JSON file, screened in a web worker. */
export { PoolView } from "./pool-view";
