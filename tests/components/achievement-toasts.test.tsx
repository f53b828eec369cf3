import { render } from "@testing-library/react";
import { toast } from "sonner";
import {
  useAchievementToasts,
  type EarnedAchievement,
} from "@/components/gamification/achievement-toasts";

jest.mock("sonner", () => ({ toast: Object.assign(jest.fn(), { success: jest.fn() }) }));
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn() }) }));

function Probe({ sessionId, earned }: { sessionId: number; earned: EarnedAchievement[] }) {
  useAchievementToasts(sessionId, earned);
  return null;
}

const FIRST = {
  type: "First_Interview",
  title: "First interview",
  description: "You completed your first interview session.",
};
const STREAK = {
  type: "Seven_Day_Streak",
  title: "Seven-day streak",
  description: "You practised seven days in a row.",
};

beforeEach(() => {
  jest.clearAllMocks();
  window.localStorage.clear();
});

describe("achievement toasts", () => {
  it("toasts each earned achievement once, not again on a re-render or a reload", () => {
    const { rerender, unmount } = render(<Probe sessionId={7} earned={[]} />);
    expect(toast.success).not.toHaveBeenCalled();
    rerender(<Probe sessionId={7} earned={[FIRST]} />);
    expect(toast.success).toHaveBeenCalledWith(
      "Achievement unlocked: First interview",
      expect.objectContaining({ description: FIRST.description }),
    );
    rerender(<Probe sessionId={7} earned={[{ ...FIRST }]} />);
    unmount();
    render(<Probe sessionId={7} earned={[FIRST, STREAK]} />);
    expect(jest.mocked(toast.success).mock.calls.map((c) => c[0])).toEqual([
      "Achievement unlocked: First interview",
      "Achievement unlocked: Seven-day streak",
    ]);
  });
});
