import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DeliveryRecorder, type Recording } from "@/components/interview/delivery-recorder";

/** MediaRecorder as the browsers behave: chunks on stop, then "stop". */
class FakeMediaRecorder {
  static instances: FakeMediaRecorder[] = [];
  static isTypeSupported = (type: string) => type.startsWith("audio/webm");
  state: "inactive" | "recording" = "inactive";
  readonly mimeType: string;
  timeslice: number | undefined;
  private readonly listeners = new Map<string, Array<(e: unknown) => void>>();
  constructor(
    readonly stream: MediaStream,
    options?: MediaRecorderOptions,
  ) {
    this.mimeType = options?.mimeType ?? "";
    FakeMediaRecorder.instances.push(this);
  }
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  start(timeslice?: number) {
    this.state = "recording";
    this.timeslice = timeslice;
  }
  stop() {
    this.state = "inactive";
    for (const fn of this.listeners.get("dataavailable") ?? [])
      fn({ data: new Blob(["opus-bytes"]) });
    for (const fn of this.listeners.get("stop") ?? []) fn({});
  }
}

function fakeStream() {
  const track = { stop: jest.fn() };
  return { track, stream: { getTracks: () => [track] } as unknown as MediaStream };
}

let getUserMedia: jest.Mock;

beforeEach(() => {
  jest.useFakeTimers({ now: new Date("2026-03-01T10:00:00Z") });
  FakeMediaRecorder.instances = [];
  (window as unknown as { MediaRecorder: unknown }).MediaRecorder = FakeMediaRecorder;
  getUserMedia = jest.fn();
  Object.defineProperty(navigator, "mediaDevices", { value: { getUserMedia }, configurable: true });
});
afterEach(() => {
  jest.useRealTimers();
  delete (window as unknown as { MediaRecorder?: unknown }).MediaRecorder;
  delete (window as unknown as { AudioContext?: unknown }).AudioContext;
  Object.defineProperty(navigator, "mediaDevices", { value: undefined, configurable: true });
});

const user = () => userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
const elapse = (ms: number) => act(() => jest.advanceTimersByTime(ms));

describe("DeliveryRecorder", () => {
  it("records from the microphone and hands over the audio with its type and length", async () => {
    const { stream, track } = fakeStream();
    getUserMedia.mockResolvedValue(stream);
    const onRecorded = jest.fn<void, [Recording]>();
    render(<DeliveryRecorder onRecorded={onRecorded} maxSeconds={120} />);

    await user().click(screen.getByRole("button", { name: "Record answer" }));
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: { echoCancellation: true, noiseSuppression: true },
    });
    const stop = await screen.findByRole("button", { name: "Stop recording" });
    expect(stop).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Recording. Press Stop when you are done.",
    );
    expect(FakeMediaRecorder.instances[0]!.mimeType).toBe("audio/webm;codecs=opus");
    expect(FakeMediaRecorder.instances[0]!.timeslice).toBe(1000);

    elapse(42_000);
    expect(screen.getByText(/00:42 \/ 02:00/)).toBeInTheDocument();
    await user().click(stop);

    expect(onRecorded).toHaveBeenCalledTimes(1);
    const recording = onRecorded.mock.calls[0]![0];
    expect(recording.mimeType).toBe("audio/webm;codecs=opus");
    expect(recording.blob.type).toBe("audio/webm;codecs=opus");
    expect(recording.blob.size).toBe("opus-bytes".length);
    expect(recording.durationSeconds).toBeCloseTo(42, 0);
    expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Recording stopped: 00:42 recorded.");
    expect(screen.getByRole("button", { name: "Record answer" })).toBeInTheDocument();
  });

  it("works from the keyboard alone", async () => {
    getUserMedia.mockResolvedValue(fakeStream().stream);
    const onRecorded = jest.fn();
    render(<DeliveryRecorder onRecorded={onRecorded} />);
    const u = user();
    await u.tab();
    expect(screen.getByRole("button", { name: "Record answer" })).toHaveFocus();
    await u.keyboard("{Enter}");
    expect(await screen.findByRole("button", { name: "Stop recording" })).toHaveFocus();
    elapse(3_000);
    await u.keyboard(" ");
    expect(onRecorded).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["NotAllowedError", /Microphone access is blocked/],
    ["NotFoundError", /No microphone was found/],
    ["NotReadableError", /in use by another application/],
  ])("explains a %s and offers to try again", async (name, message) => {
    getUserMedia.mockRejectedValueOnce(new DOMException("denied", name));
    render(<DeliveryRecorder onRecorded={jest.fn()} />);
    await user().click(screen.getByRole("button", { name: "Record answer" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    getUserMedia.mockResolvedValue(fakeStream().stream);
    await user().click(screen.getByRole("button", { name: "Try recording again" }));
    expect(await screen.findByRole("button", { name: "Stop recording" })).toBeInTheDocument();
  });

  it("says so where the browser cannot record", () => {
    delete (window as unknown as { MediaRecorder?: unknown }).MediaRecorder;
    render(<DeliveryRecorder onRecorded={jest.fn()} />);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Recording is not available in this browser. Type your answer instead.",
    );
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("discards a recording without handing it over", async () => {
    const { stream, track } = fakeStream();
    getUserMedia.mockResolvedValue(stream);
    const onRecorded = jest.fn();
    render(<DeliveryRecorder onRecorded={onRecorded} />);
    await user().click(screen.getByRole("button", { name: "Record answer" }));
    await user().click(await screen.findByRole("button", { name: "Discard" }));
    expect(onRecorded).not.toHaveBeenCalled();
    expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Recording discarded.");
  });

  it("stops by itself at the maximum length", async () => {
    getUserMedia.mockResolvedValue(fakeStream().stream);
    const onRecorded = jest.fn<void, [Recording]>();
    render(<DeliveryRecorder onRecorded={onRecorded} maxSeconds={5} />);
    await user().click(screen.getByRole("button", { name: "Record answer" }));
    await screen.findByRole("button", { name: "Stop recording" });
    elapse(4_500);
    expect(onRecorded).not.toHaveBeenCalled();
    elapse(600);
    expect(onRecorded).toHaveBeenCalledTimes(1);
    expect(onRecorded.mock.calls[0]![0].durationSeconds).toBeGreaterThanOrEqual(5);
  });

  it("releases the microphone and keeps nothing when it goes away mid-recording", async () => {
    const { stream, track } = fakeStream();
    getUserMedia.mockResolvedValue(stream);
    const onRecorded = jest.fn();
    const { unmount } = render(<DeliveryRecorder onRecorded={onRecorded} />);
    await user().click(screen.getByRole("button", { name: "Record answer" }));
    await screen.findByRole("button", { name: "Stop recording" });
    expect(track.stop).not.toHaveBeenCalled();
    unmount();
    expect(track.stop).toHaveBeenCalled();
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it("shows the microphone level where Web Audio exists", async () => {
    const close = jest.fn(() => Promise.resolve());
    class FakeAudioContext {
      createMediaStreamSource = () => ({ connect: jest.fn(), disconnect: jest.fn() });
      createAnalyser = () => ({
        fftSize: 0,
        // A steady signal of amplitude 0.1 (RMS 0.1): the meter shows 30 %.
        getByteTimeDomainData: (a: Uint8Array) =>
          a.forEach((_, i) => (a[i] = i % 2 ? 128 + 12.8 : 128 - 12.8)),
      });
      close = close;
    }
    (window as unknown as { AudioContext: unknown }).AudioContext = FakeAudioContext;
    getUserMedia.mockResolvedValue(fakeStream().stream);
    render(<DeliveryRecorder onRecorded={jest.fn()} />);
    await user().click(screen.getByRole("button", { name: "Record answer" }));
    await screen.findByRole("button", { name: "Stop recording" });
    elapse(200);
    const meter = screen.getByRole("meter", { name: "Microphone level" });
    expect(Number(meter.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(29);
    expect(Number(meter.getAttribute("aria-valuenow"))).toBeLessThanOrEqual(31);
    await user().click(screen.getByRole("button", { name: "Stop recording" }));
    expect(close).toHaveBeenCalled();
    expect(screen.queryByRole("meter")).not.toBeInTheDocument();
  });
});
