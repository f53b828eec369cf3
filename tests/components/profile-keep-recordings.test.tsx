import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProfileForm, type ProfileValues } from "@/app/(app)/profile/page-client";
import { updateProfileAction } from "@/app/(app)/profile/actions";
import { installRadixShims } from "./fixtures/jsdom";

jest.mock("@/app/(app)/profile/actions", () => ({ updateProfileAction: jest.fn() }));
jest.mock("sonner", () => ({ toast: { success: jest.fn(), error: jest.fn() } }));
jest.mock("next/navigation", () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn() }),
}));

const initial: ProfileValues = {
  name: "Ada Lovelace",
  target_role: "",
  experience_level: null,
  timezone: "Europe/London",
  leaderboard_opt_out: false,
  keep_recordings: false,
};

function renderForm(values: Partial<ProfileValues> = {}) {
  return render(
    <ProfileForm
      initial={{ ...initial, ...values }}
      timeZones={["UTC", "Europe/London"]}
      roleSuggestions={[]}
      recordingRetentionDays={30}
    />,
  );
}

beforeAll(installRadixShims);

beforeEach(() => {
  jest.clearAllMocks();
  jest.mocked(updateProfileAction).mockImplementation((input: unknown) =>
    Promise.resolve({
      ok: true as const,
      data: {
        id: 1,
        email: "ada@example.com",
        role: "user" as const,
        email_verified: true,
        created_at: "2026-01-01T00:00:00.000Z",
        ...initial,
        target_role: null,
        ...(input as Partial<ProfileValues>),
      },
    }),
  );
});

describe("ProfileForm: keep my voice recordings", () => {
  it("is off by default and says what happens either way, with the retention period", () => {
    renderForm();
    const box = screen.getByRole("checkbox", { name: "Keep my voice recordings" });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/discarded.*encrypted.*deleted after 30 days/);
  });

  it("sends keep_recordings: true once ticked, and false once unticked", async () => {
    const user = userEvent.setup();
    renderForm();
    const box = screen.getByRole("checkbox", { name: "Keep my voice recordings" });
    await user.click(box);
    expect(box).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(updateProfileAction).toHaveBeenLastCalledWith(
      expect.objectContaining({ keep_recordings: true, leaderboard_opt_out: false }),
    );
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(updateProfileAction).toHaveBeenLastCalledWith(
      expect.objectContaining({ keep_recordings: false }),
    );
  });

  it("shows the saved setting as ticked", () => {
    renderForm({ keep_recordings: true });
    expect(screen.getByRole("checkbox", { name: "Keep my voice recordings" })).toBeChecked();
  });
});
