/**
 * JSON kept in this browser's localStorage, never sent anywhere. Storage may
 * be off or full (private browsing, a locked-down computer): every call
 * survives that, and says so where the caller must tell the user.
 */

/**
 * The value stored under `key`, or undefined when there is none, it is not JSON, or storage is off.
 * @example readStored("mq-screener.notice-settings") // { agency: "…", … } or undefined
 */
export function readStored(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Store `value` under `key`; false when the browser refuses storage. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Remove what is stored under `key`, if anything (nothing stored, nothing to forget). */
export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage is off: nothing was stored.
  }
}
