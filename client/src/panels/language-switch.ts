import { languages, t, type Language } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import { changeLanguage } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h } from "../ui/dom.js";

/** Each language named in itself, so a person finds theirs whatever the page is in. */
const names: Record<Language, string> = { en: "English", sv: "Svenska" };

/** Buttons that switch the interface's language; the choice is kept in the link (`lang=sv`). */
export function mountLanguageSwitch(root: HTMLElement, store: Store<ViewState>): void {
  const current = store.get().lang;
  root.replaceChildren(
    h(
      "div",
      { class: "language-switch", role: "group", "aria-label": t("app.language") },
      languages.map((language) =>
        h(
          "button",
          {
            type: "button",
            lang: language,
            "aria-pressed": String(language === current),
            "data-testid": `language-${language}`,
            onclick: () => store.update(changeLanguage(language)),
          },
          names[language],
        ),
      ),
    ),
  );
}
