import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LazyAccountMenu } from "@/app/(app)/_components/lazy-account-menu";
import { ChartSlot } from "@/components/ui/chart-slot";
import { installRadixShims } from "./fixtures/jsdom";

beforeAll(installRadixShims);

describe("ChartSlot", () => {
  afterEach(() => {
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
  });

  it("mounts the plot at once without IntersectionObserver", () => {
    render(
      <ChartSlot aria-label="Bar chart">
        <p>plot</p>
      </ChartSlot>,
    );
    expect(screen.getByRole("img", { name: "Bar chart" })).toHaveTextContent("plot");
  });

  it("shows the sized skeleton until the slot nears the viewport, then the plot", async () => {
    let report: ((entries: Array<{ isIntersecting: boolean }>) => void) | undefined;
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
      disconnect() {}
    };
    const { container } = render(
      <ChartSlot aria-label="Bar chart" className="h-56">
        <p>plot</p>
      </ChartSlot>,
    );
    const slot = screen.getByRole("img", { name: "Bar chart" });
    expect(slot).toHaveClass("h-56");
    expect(slot).not.toHaveTextContent("plot");
    expect(container.querySelector("[data-slot=chart-skeleton]")).not.toBeNull();
    act(() => report?.([{ isIntersecting: true }]));
    await waitFor(() => expect(slot).toHaveTextContent("plot"));
  });
});

describe("LazyAccountMenu", () => {
  const user = { name: "Ada Lovelace", email: "ada@example.com" };
  afterEach(() => {
    cleanup(); // unmounts (cancelling the idle callback) before the stubs go
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
  });

  it("stands in with the same named button; pressing it loads the menu and opens it", async () => {
    // The browser never idles here: only the press loads the menu.
    Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => {} });
    const events = userEvent.setup();
    render(<LazyAccountMenu user={user} />);
    const button = screen.getByRole("button", { name: "Account menu for Ada Lovelace" });
    expect(button).toHaveTextContent("AL");
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    await events.click(button);
    const menu = await screen.findByRole("menu");
    expect(within(menu).getByRole("menuitem", { name: "Profile" })).toHaveAttribute(
      "href",
      "/profile",
    );
    expect(within(menu).getByRole("menuitem", { name: "Sign out" })).toBeInTheDocument();
  });

  it("loads the menu by itself once the browser is idle", async () => {
    const events = userEvent.setup();
    render(<LazyAccountMenu user={user} />);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Account menu for Ada Lovelace" })).toHaveAttribute(
        "data-slot",
        "dropdown-menu-trigger",
      ),
    );
    await events.click(screen.getByRole("button", { name: "Account menu for Ada Lovelace" }));
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });
});
