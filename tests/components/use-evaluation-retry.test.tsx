import { act, renderHook } from "@testing-library/react";
import { toast } from "sonner";
import { useEvaluationRetry } from "@/app/(app)/interviews/[id]/_components/use-evaluation-retry";
import { retryEvaluationAction } from "@/app/(app)/interviews/[id]/actions";

jest.mock("@/app/(app)/interviews/[id]/actions", () => ({ retryEvaluationAction: jest.fn() }));
jest.mock("sonner", () => ({ toast: { error: jest.fn() } }));

beforeEach(() => jest.clearAllMocks());

describe("useEvaluationRetry", () => {
  it("marks the answer as retrying while the action runs, then reports it queued", async () => {
    let resolve!: (v: Awaited<ReturnType<typeof retryEvaluationAction>>) => void;
    jest.mocked(retryEvaluationAction).mockReturnValue(new Promise((r) => (resolve = r)));
    const onQueued = jest.fn();
    const { result } = renderHook(() => useEvaluationRetry(onQueued));

    let done!: Promise<void>;
    act(() => {
      done = result.current.retry(7);
    });
    expect(result.current.retrying.has(7)).toBe(true);
    await act(async () => {
      resolve({ ok: true, data: { answer_id: 7, evaluation_status: "pending" } } as never);
      await done;
    });
    expect(onQueued).toHaveBeenCalledWith(7);
    expect(result.current.retrying.has(7)).toBe(false);
    expect(toast.error).not.toHaveBeenCalled();
  });

  it("shows the server's message and leaves the answer as it was when the retry is refused", async () => {
    jest.mocked(retryEvaluationAction).mockResolvedValue({
      ok: false,
      error: { code: "CONFLICT", message: "This evaluation has not failed" },
    });
    const onQueued = jest.fn();
    const { result } = renderHook(() => useEvaluationRetry(onQueued));
    await act(() => result.current.retry(3));
    expect(onQueued).not.toHaveBeenCalled();
    expect(toast.error).toHaveBeenCalledWith("This evaluation has not failed");
    expect(result.current.retrying.size).toBe(0);
  });

  it("says the server could not be reached when the request fails", async () => {
    jest.mocked(retryEvaluationAction).mockRejectedValue(new TypeError("Failed to fetch"));
    const onQueued = jest.fn();
    const { result } = renderHook(() => useEvaluationRetry(onQueued));
    await act(() => result.current.retry(5));
    expect(onQueued).not.toHaveBeenCalled();
    expect(toast.error).toHaveBeenCalledWith("We could not reach the server. Try again.");
    expect(result.current.retrying.size).toBe(0);
  });
});
