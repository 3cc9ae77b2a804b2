/** What jsdom lacks and Fluent UI uses (MessageBar observes its size). */
import "@testing-library/jest-dom";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver === "undefined") w.ResizeObserver = NoResizeObserver;
