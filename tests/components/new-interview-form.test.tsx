import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  NewInterviewForm,
  type NewInterviewDefaults,
} from "@/app/(app)/interviews/new/page-client";
import { createInterviewAction } from "@/app/(app)/interviews/new/actions";
import { installRadixShims } from "./fixtures/jsdom";

jest.mock("@/app/(app)/interviews/new/actions", () => ({ createInterviewAction: jest.fn() }));

const DEFAULTS: NewInterviewDefaults = {
  role: "Backend Engineer",
  difficulty: "Medium",
  question_count: 5,
  categories: ["Technical"],
};

function renderForm(defaults: Partial<NewInterviewDefaults> = {}) {
  render(
    <NewInterviewForm
      defaults={{ ...DEFAULTS, ...defaults }}
      roleSuggestions={["Software Engineer", "Data Scientist"]}
    />,
  );
  return userEvent.setup();
}

beforeAll(installRadixShims);
beforeEach(() => jest.clearAllMocks());

describe("NewInterviewForm", () => {
  it("requires at least one category (client-side, no server call)", async () => {
    const user = renderForm();
    const technical = screen.getByRole("checkbox", { name: "Technical" });
    expect(technical).toBeChecked();
    await user.click(technical);
    expect(technical).not.toBeChecked();

    await user.click(screen.getByRole("button", { name: "Start interview" }));

    expect(createInterviewAction).not.toHaveBeenCalled();
    const group = screen.getByRole("group", { name: "Question types" });
    expect(group).toHaveAccessibleDescription(/Pick at least one category/);
    expect(screen.getByRole("alert")).toHaveTextContent("Pick at least one category");
    expect(technical).toHaveAttribute("aria-invalid", "true");
    // Focus moves on the next animation frame, after the error has rendered.
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Technical" })).toHaveFocus());
  });

  it("validates role and question count per field", async () => {
    const user = renderForm({ role: "" });
    const count = screen.getByLabelText("Number of questions");
    await user.clear(count);
    await user.type(count, "25");
    await user.click(screen.getByRole("button", { name: "Start interview" }));

    expect(createInterviewAction).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Role")).toHaveAccessibleDescription(
      /Role must be at least 2 characters/,
    );
    expect(count).toHaveAccessibleDescription(/At most 20 questions/);
    expect(count).toHaveAttribute("aria-invalid", "true");
  });

  it("sends the parsed input and shows server field errors next to their fields", async () => {
    jest.mocked(createInterviewAction).mockResolvedValue({
      ok: false,
      error: {
        code: "VALIDATION_ERROR",
        message: "Invalid input data",
        fields: { role: ["Role contains invalid characters"] },
      },
    });
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: /Hard/ }));
    await user.click(screen.getByRole("checkbox", { name: "Behavioral" }));
    await user.click(screen.getByRole("button", { name: "Start interview" }));

    expect(createInterviewAction).toHaveBeenCalledWith({
      role: "Backend Engineer",
      difficulty: "Hard",
      question_count: 5,
      categories: ["Technical", "Behavioral"],
      time_limit_seconds: null,
    });
    expect(await screen.findByText("Role contains invalid characters")).toBeInTheDocument();
    expect(screen.getByLabelText("Role")).toHaveAttribute("aria-invalid", "true");
  });

  it("shows a form-level error for non-field failures (e.g. no questions available)", async () => {
    jest.mocked(createInterviewAction).mockResolvedValue({
      ok: false,
      error: {
        code: "SERVICE_UNAVAILABLE",
        message: "No questions are available for this selection",
      },
    });
    const user = renderForm();
    await user.click(screen.getByRole("button", { name: "Start interview" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "No questions are available for this selection",
    );
  });

  it("offers role suggestions through a datalist", () => {
    renderForm();
    const role = screen.getByLabelText("Role");
    expect(role).toHaveAttribute("list", "role-suggestions");
    const options = document.querySelectorAll("#role-suggestions option");
    expect(Array.from(options).map((o) => o.getAttribute("value"))).toEqual([
      "Software Engineer",
      "Data Scientist",
    ]);
  });

  it("offers time limits at setup, untimed practice included", async () => {
    jest.mocked(createInterviewAction).mockResolvedValue({
      ok: false,
      error: { code: "SERVICE_UNAVAILABLE", message: "No questions" },
    });
    const user = renderForm();
    const group = screen.getByRole("radiogroup", { name: "Time per question" });
    expect(screen.getByRole("radio", { name: /Suggested/ })).toBeChecked();
    for (const name of [/^2 min/, /^3 min/, /^5 min/, /^10 min/, /^Untimed/])
      expect(group).toContainElement(screen.getByRole("radio", { name }));
    await user.click(screen.getByRole("radio", { name: /Untimed/ }));
    await user.click(screen.getByRole("button", { name: "Start interview" }));
    expect(createInterviewAction).toHaveBeenCalledWith(
      expect.objectContaining({ time_limit_seconds: 0 }),
    );
  });
});
