import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signIn } from "next-auth/react";
import { registerAction } from "@/app/(auth)/register/actions";
import { RegisterForm } from "@/app/(auth)/register/page-client";

// The register form runs on the shared form hook (components/forms/use-action-form.ts): client
// parse, field errors with focus, the server's field errors and messages, network errors.
jest.mock("@/app/(auth)/register/actions", () => ({ registerAction: jest.fn() }));
jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));
jest.mock("sonner", () => ({ toast: { success: jest.fn(), error: jest.fn() } }));

const replace = jest.fn();
jest.mock("next/navigation", () => ({
  useRouter: () => ({ push: jest.fn(), replace, refresh: jest.fn(), prefetch: jest.fn() }),
}));

async function fill(user = userEvent.setup()) {
  await user.type(screen.getByLabelText("Name"), "Ada Lovelace");
  await user.type(screen.getByLabelText("Email"), "ada@example.com");
  await user.type(screen.getByLabelText("Password"), "Str0ng!Passw0rd");
  await user.click(screen.getByRole("button", { name: "Create account" }));
}

beforeEach(() => jest.clearAllMocks());

describe("RegisterForm", () => {
  it("posts if it is ever submitted before hydration: the password never goes into a URL", () => {
    const { container } = render(<RegisterForm />);
    expect(container.querySelector("form")).toHaveAttribute("method", "post");
  });

  it("checks the fields on the client first and focuses the first invalid one", async () => {
    render(<RegisterForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Email"), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const name = screen.getByLabelText("Name");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveFocus();
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Invalid email format");
    expect(registerAction).not.toHaveBeenCalled();
  });

  it("shows the server's field error next to the field and moves focus there", async () => {
    jest.mocked(registerAction).mockResolvedValue({
      ok: false,
      error: {
        code: "CONFLICT",
        message: "Email already registered",
        fields: { email: ["Email already registered"] },
      },
    });
    render(<RegisterForm />);
    await fill();
    const email = screen.getByLabelText("Email");
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription("Email already registered");
    expect(signIn).not.toHaveBeenCalled();
  });

  it("shows a message the server sends for the whole form in a focused alert", async () => {
    jest.mocked(registerAction).mockResolvedValue({
      ok: false,
      error: { code: "RATE_LIMIT_EXCEEDED", message: "Too many requests; slow down" },
    });
    render(<RegisterForm />);
    await fill();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Too many requests; slow down");
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it("keeps what was typed when the server cannot be reached", async () => {
    jest.mocked(registerAction).mockRejectedValue(new TypeError("Failed to fetch"));
    render(<RegisterForm />);
    await fill();
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not reach the server");
    expect(screen.getByLabelText("Name")).toHaveValue("Ada Lovelace");
    expect(screen.getByRole("button", { name: "Create account" })).toBeEnabled();
  });

  it("signs the new account in and goes to the dashboard", async () => {
    jest.mocked(registerAction).mockResolvedValue({ ok: true, data: { email: "ada@example.com" } });
    jest.mocked(signIn).mockResolvedValue({ ok: true, error: null, status: 200, url: null });
    render(<RegisterForm />);
    await fill();
    await waitFor(() => expect(replace).toHaveBeenCalledWith("/dashboard"));
    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: "ada@example.com",
      password: "Str0ng!Passw0rd",
      redirect: false,
    });
    expect(registerAction).toHaveBeenCalledWith(
      expect.objectContaining({ name: "Ada Lovelace", email: "ada@example.com" }),
    );
  });
});
