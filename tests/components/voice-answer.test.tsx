import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SpokenTake } from "@/components/interview/spoken-takes";
import { VoiceAnswer } from "@/components/interview/voice-answer";

/** MediaRecorder as browsers behave: one chunk and "stop" when stopped. */
class FakeMediaRecorder {
  static isTypeSupported = (type: string) => type.startsWith("audio/webm");
  state: "inactive" | "recording" = "inactive";
  readonly mimeType: string;
  private readonly listeners = new Map<string, Array<(e: unknown) => void>>();
  constructor(_stream: MediaStream, options?: MediaRecorderOptions) {
    this.mimeType = options?.mimeType ?? "";
  }
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  start() {
    this.state = "recording";
  }
  stop() {
    this.state = "inactive";
    for (const fn of this.listeners.get("dataavailable") ?? []) fn({ data: new Blob(["opus"]) });
    for (const fn of this.listeners.get("stop") ?? []) fn({});
  }
}

/** The Web Speech API's recognition, driven by the test. */
class FakeRecognition {
  static last: FakeRecognition | null = null;
  continuous = false;
  interimResults = false;
  lang = "";
  onresult: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  results: { isFinal: boolean; 0: { transcript: string } }[] = [];
  constructor() {
    FakeRecognition.last = this;
  }
  start() {}
  stop() {
    this.onend?.();
  }
  abort() {}
  hear(transcript: string, isFinal: boolean) {
    const index = this.results.findIndex((r) => !r.isFinal);
    const result = { isFinal, 0: { transcript } };
    const at = index === -1 ? this.results.length : index;
    this.results[at] = result;
    this.onresult?.({ resultIndex: at, results: this.results });
  }
}

const fetchMock = jest.fn();
const envelope = (status: number, body: unknown) =>
  Promise.resolve({ status, json: () => Promise.resolve(body) } as Response);

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
  (window as unknown as { MediaRecorder: unknown }).MediaRecorder = FakeMediaRecorder;
  Object.defineProperty(navigator, "mediaDevices", {
    value: { getUserMedia: jest.fn().mockResolvedValue({ getTracks: () => [{ stop() {} }] }) },
    configurable: true,
  });
});
afterEach(() => {
  delete (window as unknown as { MediaRecorder?: unknown }).MediaRecorder;
  delete (window as unknown as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
  Object.defineProperty(navigator, "mediaDevices", { value: undefined, configurable: true });
});

function setup(speechService: boolean) {
  const onText = jest.fn<void, [string]>();
  const onTake = jest.fn<void, [SpokenTake]>();
  render(
    <VoiceAnswer
      speechService={speechService}
      context="How would you speed up a slow query?"
      maxSeconds={120}
      onText={onText}
      onTake={onTake}
    />,
  );
  return { onText, onTake };
}

async function recordOnce() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Record answer" }));
  await user.click(await screen.findByRole("button", { name: "Stop recording" }));
}

describe("VoiceAnswer", () => {
  it("sends a recording for transcription and puts the transcript in the answer", async () => {
    const words = [
      { word: "Add", start: 0.4, end: 0.6 },
      { word: "an", start: 0.6, end: 0.7 },
      { word: "index", start: 0.7, end: 1.1 },
    ];
    fetchMock.mockReturnValue(
      envelope(200, {
        success: true,
        // The user keeps recordings: the kept one's id goes with the take to the answer.
        data: {
          text: "Add an index",
          duration_seconds: 1.5,
          words,
          segments: [],
          recording_id: 41,
        },
        error: null,
      }),
    );
    const { onText, onTake } = setup(true);
    await recordOnce();
    await waitFor(() => expect(onText).toHaveBeenCalledWith("Add an index"));
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/api/v1/transcriptions");
    expect(init.method).toBe("POST");
    const form = init.body as FormData;
    expect(form.get("audio")).toBeInstanceOf(Blob);
    expect(form.get("context")).toBe("How would you speed up a slow query?");
    expect(onTake).toHaveBeenCalledWith({
      transcript: "Add an index",
      durationSeconds: 1.5,
      words,
      segments: [],
      recordingId: 41,
    });
    expect(await screen.findByText(/Transcript added to your answer/)).toBeInTheDocument();
  });

  it("says so when the recording held no speech, and adds nothing", async () => {
    fetchMock.mockReturnValue(
      envelope(200, {
        success: true,
        data: { text: "  ", duration_seconds: 2, words: [], segments: [] },
        error: null,
      }),
    );
    const { onText, onTake } = setup(true);
    await recordOnce();
    expect(await screen.findByRole("alert")).toHaveTextContent(/No speech was heard/);
    expect(onText).not.toHaveBeenCalled();
    expect(onTake).not.toHaveBeenCalled();
  });

  it("falls back to the browser's dictation when the server has no speech service", async () => {
    (window as unknown as { webkitSpeechRecognition: unknown }).webkitSpeechRecognition =
      FakeRecognition;
    fetchMock.mockReturnValue(
      envelope(503, {
        success: false,
        data: null,
        error: {
          code: "SERVICE_UNAVAILABLE",
          message: "No speech-to-text service is configured on this server.",
          details: { reason: "not_configured" },
        },
      }),
    );
    setup(true);
    await recordOnce();
    expect(await screen.findByRole("alert")).toHaveTextContent(/browser's dictation/);
    expect(screen.getByRole("button", { name: "Dictate answer" })).toBeInTheDocument();
  });

  it("dictates with the browser's recognition: final phrases to the editor, the take with timings", async () => {
    (window as unknown as { webkitSpeechRecognition: unknown }).webkitSpeechRecognition =
      FakeRecognition;
    const { onText, onTake } = setup(false);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Dictate answer" }));
    const rec = FakeRecognition.last!;
    expect(rec.continuous).toBe(true);
    act(() => rec.hear("I would add", false));
    expect(screen.getByText("I would add")).toBeInTheDocument();
    expect(onText).not.toHaveBeenCalled();
    act(() => rec.hear("I would add an index", true));
    act(() => rec.hear("and cache reads", true));
    expect(onText.mock.calls.map((c) => c[0])).toEqual(["I would add an index", "and cache reads"]);
    await user.click(screen.getByRole("button", { name: "Stop dictation" }));
    expect(onTake).toHaveBeenCalledTimes(1);
    const take = onTake.mock.calls[0]![0];
    expect(take.transcript).toBe("I would add an index and cache reads");
    expect(take.segments).toHaveLength(2);
    expect(take.segments[0]!.end).toBeGreaterThanOrEqual(take.segments[0]!.start);
    expect(screen.getByRole("button", { name: "Dictate answer" })).toBeInTheDocument();
  });

  it("says typing is the way when the browser can neither record for the server nor dictate", async () => {
    setup(false);
    expect(
      await screen.findByText(/Voice answers are not available in this browser/),
    ).toBeInTheDocument();
  });
});
