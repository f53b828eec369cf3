import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SessionControls } from "@/app/(app)/interviews/[id]/_components/session-controls";

function controls(overrides: Partial<React.ComponentProps<typeof SessionControls>> = {}) {
  const props = {
    done: 2,
    total: 5,
    onFinish: jest.fn().mockResolvedValue({ ok: true, data: null }),
    onAbandon: jest.fn().mockResolvedValue({ ok: true, data: null }),
    onDone: jest.fn(),
    onError: jest.fn(),
    ...overrides,
  };
  render(<SessionControls {...props} />);
  return props;
}

describe("SessionControls", () => {
  it("renders no dialog until one is asked for", () => {
    controls();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Finish now" })).toHaveAttribute(
      "aria-haspopup",
      "dialog",
    );
  });

  it("finishes only after the confirmation, and says what will be scored", async () => {
    const user = userEvent.setup();
    const props = controls();
    await user.click(screen.getByRole("button", { name: "Finish now" }));
    const dialog = await screen.findByRole("dialog", { name: "Finish the interview now?" });
    expect(dialog).toHaveTextContent("Your 2 answered or skipped questions will be scored");
    expect(props.onFinish).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Finish and see my summary" }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledWith("finished"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("keeps going on Escape: nothing is called and focus returns to the button", async () => {
    const user = userEvent.setup();
    const props = controls();
    const abandon = screen.getByRole("button", { name: "Abandon" });
    await user.click(abandon);
    await screen.findByRole("dialog", { name: "Abandon this interview?" });
    expect(abandon).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(props.onAbandon).not.toHaveBeenCalled();
    await waitFor(() => expect(abandon).toHaveFocus());
  });

  it("reports a refused action and leaves the dialog open to try again", async () => {
    const user = userEvent.setup();
    const props = controls({
      onAbandon: jest
        .fn()
        .mockResolvedValue({ ok: false, error: { code: "CONFLICT", message: "Already finished" } }),
    });
    await user.click(screen.getByRole("button", { name: "Abandon" }));
    await user.click(await screen.findByRole("button", { name: "Abandon the interview" }));
    await waitFor(() => expect(props.onError).toHaveBeenCalledWith("Already finished"));
    expect(props.onDone).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("cannot finish before a question was answered or skipped", () => {
    controls({ done: 0 });
    expect(screen.getByRole("button", { name: "Finish now" })).toBeDisabled();
  });
});
