/** Class specs: the classes the screener decides, and loading an agency's own qualification files. */
export { ClassesView } from "./classes-view";
