// @vitest-environment jsdom
/**
 * State that outlives a view (src/lib/session-store.tsx): kept while the app's
 * session lasts, and a new session (a page load, a new render) starts afresh,
 * so nothing needs resetting.
 */
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { createStore, SessionStores, useSessionStore, useStoreValue } from "../../src/lib/session-store";

afterEach(cleanup);

const makeCount = () => createStore(0);

function Counter() {
  const store = useSessionStore(makeCount);
  const count = useStoreValue(store);
  return (
    <button type="button" onClick={() => store.set(count + 1)}>
      Clicked {count}
    </button>
  );
}

/** A view that can be left and come back to, as the app's views are. */
function Switch() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((s) => !s)}>
        Switch view
      </button>
      {shown && <Counter />}
    </>
  );
}

describe("session stores", () => {
  it("keep a view's state while the officer leaves the view and comes back", async () => {
    const user = userEvent.setup();
    render(
      <SessionStores>
        <Switch />
      </SessionStores>,
    );
    await user.click(screen.getByRole("button", { name: "Clicked 0" }));
    await user.click(screen.getByRole("button", { name: "Clicked 1" }));
    await user.click(screen.getByRole("button", { name: "Switch view" }));
    expect(screen.queryByRole("button", { name: /^Clicked/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Switch view" }));
    expect(screen.getByRole("button", { name: "Clicked 2" })).toBeInTheDocument();
  });

  it("start afresh in a new session", async () => {
    const user = userEvent.setup();
    const first = render(
      <SessionStores>
        <Counter />
      </SessionStores>,
    );
    await user.click(screen.getByRole("button", { name: "Clicked 0" }));
    expect(screen.getByRole("button", { name: "Clicked 1" })).toBeInTheDocument();
    first.unmount();
    render(
      <SessionStores>
        <Counter />
      </SessionStores>,
    );
    expect(screen.getByRole("button", { name: "Clicked 0" })).toBeInTheDocument();
  });

  it("without a session, last as long as the view is shown", async () => {
    const user = userEvent.setup();
    render(<Switch />);
    await user.click(screen.getByRole("button", { name: "Clicked 0" }));
    await user.click(screen.getByRole("button", { name: "Switch view" }));
    await user.click(screen.getByRole("button", { name: "Switch view" }));
    expect(screen.getByRole("button", { name: "Clicked 0" })).toBeInTheDocument();
  });
});
