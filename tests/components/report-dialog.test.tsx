import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { reportAction } from "@/app/(app)/community/actions";
import { ReportDialog } from "@/app/(app)/community/report-dialog";
import { installRadixShims } from "./fixtures/jsdom";

jest.mock("@/app/(app)/community/actions", () => ({ reportAction: jest.fn() }));
jest.mock("@/components/ui/sonner", () => ({ toast: { success: jest.fn(), info: jest.fn() } }));

const report = reportAction as jest.MockedFunction<typeof reportAction>;

function renderDialog(reported = false) {
  const onReported = jest.fn();
  render(<ReportDialog questionId={7} reported={reported} onReported={onReported} />);
  return { user: userEvent.setup(), onReported };
}

beforeAll(installRadixShims);
beforeEach(() => jest.clearAllMocks());

describe("ReportDialog", () => {
  it("sends the chosen reason and details, then shows the question as reported", async () => {
    report.mockResolvedValue({ ok: true, data: { id: 7, reported: true, status: "approved" } });
    const { user, onReported } = renderDialog();
    await user.click(screen.getByRole("button", { name: "Report" }));
    const dialog = await screen.findByRole("dialog", { name: "Report this question" });
    expect(dialog).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Duplicate" }));
    await user.type(screen.getByLabelText(/Details/), "Same as the Stripe one");
    await user.click(screen.getByRole("button", { name: "Send report" }));
    await waitFor(() =>
      expect(report).toHaveBeenCalledWith(7, {
        reason: "duplicate",
        details: "Same as the Stripe one",
      }),
    );
    await waitFor(() => expect(onReported).toHaveBeenCalled());
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("asks for a reason, and for details when the reason is 'Something else'", async () => {
    const { user } = renderDialog();
    await user.click(screen.getByRole("button", { name: "Report" }));
    await user.click(await screen.findByRole("button", { name: "Send report" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a reason.");
    await user.click(screen.getByRole("radio", { name: "Something else" }));
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Tell the moderators what is wrong.");
    expect(report).not.toHaveBeenCalled();
  });

  it("shows the server's field errors and keeps the dialog open", async () => {
    report.mockResolvedValue({
      ok: false,
      error: { code: "VALIDATION_ERROR", message: "Invalid", fields: { details: ["Too long"] } },
    });
    const { user, onReported } = renderDialog();
    await user.click(screen.getByRole("button", { name: "Report" }));
    await user.click(await screen.findByRole("radio", { name: "Spam or advertising" }));
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too long");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(onReported).not.toHaveBeenCalled();
  });

  it("a question already reported cannot be reported again", () => {
    renderDialog(true);
    expect(screen.getByRole("button", { name: "Reported" })).toBeDisabled();
  });
});
