import { render, screen } from "@testing-library/react";
import { LinkPending } from "@/components/ui/link-pending";

let pending = false;
jest.mock("next/link", () => ({ useLinkStatus: () => ({ pending }) }));

describe("LinkPending", () => {
  it("shows nothing while no navigation is waiting", () => {
    pending = false;
    render(<LinkPending />);
    expect(screen.queryByTestId("link-pending")).toBeNull();
  });

  it("shows a spinner, hidden from screen readers, while the navigation is pending", () => {
    pending = true;
    render(<LinkPending className="ml-1" />);
    const mark = screen.getByTestId("link-pending");
    expect(mark).toHaveClass("ml-1");
    expect(mark.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });
});
