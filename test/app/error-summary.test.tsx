// @vitest-environment jsdom
/**
 * The one error summary (src/components/error-summary), as GOV.UK Frontend's:
 * it takes focus on a failed action, and each link moves focus to its field.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorSummary } from "../../src/components/error-summary/error-summary";

afterEach(cleanup);

/** A small form: a name field and a group of radios, checked on submit. */
function Form({ keyed }: { keyed: boolean }) {
  const [name, setName] = useState("");
  const [failures, setFailures] = useState(0);
  const [errors, setErrors] = useState<Array<{ target: string; text: string }>>([]);
  const check = (value: string, choice: string | null) => [
    ...(value ? [] : [{ target: "name", text: "Enter your name" }]),
    ...(choice ? [] : [{ target: "colour", text: "Choose a colour" }]),
  ];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const choice = new FormData(e.currentTarget).get("colour") as string | null;
        setErrors(check(name, choice));
        setFailures((n) => n + 1);
      }}
    >
      <ErrorSummary items={errors} focusKey={keyed ? failures : undefined} />
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <fieldset id="colour">
        <legend>Colour</legend>
        <input type="radio" id="colour-red" name="colour" value="red" />
        <label htmlFor="colour-red">Red</label>
        <input type="radio" id="colour-blue" name="colour" value="blue" />
        <label htmlFor="colour-blue">Blue</label>
      </fieldset>
      <button type="submit">Continue</button>
    </form>
  );
}

describe("the error summary", () => {
  it("shows nothing until an action fails, then takes focus with every error as a link", async () => {
    const user = userEvent.setup();
    render(<Form keyed={false} />);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole("heading")).toHaveTextContent("There is a problem");
    expect(within(summary).getAllByRole("link").map((a) => a.textContent)).toEqual(["Enter your name", "Choose a colour"]);
  });

  it("moves focus to the field a link names, and to a group's first control", async () => {
    const user = userEvent.setup();
    render(<Form keyed={false} />);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await user.click(screen.getByRole("link", { name: "Enter your name" }));
    expect(screen.getByLabelText("Name")).toHaveFocus();
    await user.click(screen.getByRole("link", { name: "Choose a colour" }));
    expect(screen.getByLabelText("Red")).toHaveFocus();
  });

  it("with a focus key, takes focus again on each failed action but not as errors change between them", async () => {
    const user = userEvent.setup();
    render(<Form keyed />);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.getByRole("alert")).toHaveFocus();
    await user.type(screen.getByLabelText("Name"), "Kim");
    expect(screen.getByLabelText("Name")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole("link").map((a) => a.textContent)).toEqual(["Choose a colour"]);
  });
});
