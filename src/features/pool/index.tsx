/** The pool screen: many applicants from a CSV or JSON file, screened in web workers. */
export { PoolView } from "./pool-view";
