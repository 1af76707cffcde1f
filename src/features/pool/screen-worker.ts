/**
 * The web worker that screens a pool, so the page stays responsive: it
 * receives the file's text with the page's catalog and policies, and posts
 * rows back in chunks (pool-job.ts).
 */
import { createJobRunner, type JobRequest } from "./pool-job";

const scope = self as unknown as { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent<JobRequest>) => void) | null };
const handle = createJobRunner((message) => scope.postMessage(message));
scope.onmessage = (event) => {
  void handle(event.data);
};
