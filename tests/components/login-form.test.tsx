import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signIn } from "next-auth/react";
import { LoginForm, formatUnlockTime } from "@/app/(auth)/login/page-client";
import { safeRedirectPath } from "@/app/(auth)/_lib/safe-redirect";

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));

const replace = jest.fn();
const refresh = jest.fn();
jest.mock("next/navigation", () => ({
  useRouter: () => ({ push: jest.fn(), replace, refresh, prefetch: jest.fn() }),
}));

const signInResult = (error: { code: string; message: string } | null) =>
  ({
    ok: error === null,
    status: error ? 401 : 200,
    url: null,
    error: error ? JSON.stringify(error) : undefined,
  }) as Awaited<ReturnType<typeof signIn>>;

async function fillAndSubmit(email = "ada@example.com", password = "Secret-123") {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

beforeEach(() => jest.clearAllMocks());

describe("LoginForm", () => {
  it("posts if it is ever submitted before hydration: the password never goes into a URL", () => {
    const { container } = render(<LoginForm from="/dashboard" />);
    expect(container.querySelector("form")).toHaveAttribute("method", "post");
  });

  it("shows per-field errors for empty input without calling signIn", async () => {
    render(<LoginForm from="/dashboard" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in" }));

    const email = screen.getByLabelText("Email");
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription("Email is required");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Password is required");
    expect(email).toHaveFocus();
    expect(signIn).not.toHaveBeenCalled();
  });

  it("shows a generic message for 401 without saying which part was wrong", async () => {
    jest
      .mocked(signIn)
      .mockResolvedValue(
        signInResult({ code: "AUTHENTICATION_ERROR", message: "Invalid email or password" }),
      );
    render(<LoginForm from="/dashboard" />);
    await fillAndSubmit();

    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: "ada@example.com",
      password: "Secret-123",
      redirect: false,
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Sign-in failed");
    expect(alert).toHaveTextContent("Invalid email or password.");
    expect(replace).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });

  it("shows the lock message with the unlock time for 423", async () => {
    const until = new Date(Date.now() + 15 * 60_000).toISOString();
    jest.mocked(signIn).mockResolvedValue(
      signInResult({
        code: "ACCOUNT_LOCKED",
        message: `Account locked after 5 failed logins; try again after ${until}`,
      }),
    );
    render(<LoginForm from="/dashboard" />);
    await fillAndSubmit();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Account temporarily locked");
    expect(alert).toHaveTextContent(`You can try again after ${formatUnlockTime(until)}.`);
    expect(alert).not.toHaveTextContent("Invalid email or password");
  });

  it("goes to ?from= after a successful sign-in", async () => {
    jest.mocked(signIn).mockResolvedValue(signInResult(null));
    render(<LoginForm from="/interviews/12" />);
    await fillAndSubmit();
    expect(replace).toHaveBeenCalledWith("/interviews/12");
    expect(refresh).toHaveBeenCalled();
  });
});

describe("safeRedirectPath (?from= guard)", () => {
  it.each([
    ["/interviews/5?x=1", "/interviews/5?x=1"],
    ["/dashboard#history", "/dashboard#history"],
    [undefined, "/dashboard"],
    ["", "/dashboard"],
    ["https://evil.example/", "/dashboard"],
    ["//evil.example/path", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["dashboard", "/dashboard"],
    ["/\t/evil.example", "/dashboard"],
    ["/login?from=/x", "/dashboard"],
  ])("%p → %p", (from, expected) => {
    expect(safeRedirectPath(from)).toBe(expected);
  });
});
