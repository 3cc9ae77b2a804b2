import { createRoot } from "react-dom/client";
import { App } from "./App";

/* global Office, document */

/** Renders the pane once Office.js is ready (in a plain browser too, so the page can be previewed). */
function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => render());
} else {
  render();
}
