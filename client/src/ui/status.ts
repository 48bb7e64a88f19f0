import { h } from "./dom.js";
import { t } from "../i18n/i18n.js";

/** The three states every panel shows while it has no data: working, nothing found, failed. */
export function loadingMessage(text: string): HTMLElement {
  return h(
    "p",
    { class: "status status-loading", role: "status" },
    h("span", { class: "spinner", "aria-hidden": "true" }),
    text,
  );
}

export function emptyMessage(text: string): HTMLElement {
  return h("p", { class: "status status-empty", role: "status" }, text);
}

/** A failure, what to do about it, and a button that tries again when `retry` is given. */
export function errorMessage(text: string, retry?: () => void): HTMLElement {
  return h(
    "div",
    { class: "status status-error", role: "alert" },
    h("p", {}, text),
    retry ? h("button", { type: "button", onclick: () => retry() }, t("status.tryAgain")) : null,
  );
}
