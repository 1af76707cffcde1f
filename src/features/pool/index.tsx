/** The pool screen: many applicants from a CSV or JSON file, screened in web workers. */
export { PoolView } from "./pool-view";
/** Forget the tab's pool screening (tests start each case from an idle screen). */
export { resetPoolScreening } from "./use-pool-screening";
