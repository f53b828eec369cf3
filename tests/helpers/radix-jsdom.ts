/** Stubs the browser APIs jsdom lacks and Radix calls (Select, Checkbox sizing, popper). */
export function stubRadixBrowserApis(): void {
  const proto = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.scrollIntoView ??= jest.fn();
  proto.hasPointerCapture ??= jest.fn(() => false);
  proto.setPointerCapture ??= jest.fn();
  proto.releasePointerCapture ??= jest.fn();
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub });
    Object.defineProperty(globalThis, "ResizeObserver", { value: ResizeObserverStub });
  }
}
