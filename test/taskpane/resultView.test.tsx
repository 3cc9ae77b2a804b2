/** @jest-environment jsdom */
/**
 * The result of « Générer les relevés » as a payroll check (issue 15): producers without a statement named
 * with what to fix and clickable, repeated warnings on one line with each value, per grid its name, total,
 * average and base price in the grid's unit, warnings as warnings, an empty workbook no success; a heading to
 * move the focus to, no live region, real lists, buttons with names.
 */
import "./domSetup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { RunResult } from "../../src/run";
import { translator, type Lang } from "../../src/taskpane/i18n";
import { ResultView, type ResultViewProps } from "../../src/taskpane/components/ResultView";
import { FREEZING, handMadeResult } from "../run/reviewFixture";

function view(result: RunResult, props: Partial<ResultViewProps> = {}, lang: Lang = "fr") {
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultView outcome={{ result }} lang={lang} t={translator(lang)} onSelect={onSelect} {...props} />
    </FluentProvider>,
  );
  return onSelect;
}

/** Text with the narrow and no-break spaces of Intl as plain spaces. */
const plain = (el: HTMLElement) => el.textContent!.replace(/[\u202f\u00a0]/g, " ");

function emptyResult(): RunResult {
  return {
    ...handMadeResult(),
    grid: null,
    statements: [],
    producers: [],
    issues: [],
    summary: { producers: 0, statements: 0, withheld: 0, noConsent: 0, errors: 0, warnings: 0, totals: [] },
  };
}

describe("the result view", () => {
  it("names each producer withheld with what to fix; a click selects the cell at fault", () => {
    const result = handMadeResult();
    const onSelect = view(result);
    const withheld = screen.getByTestId("withheld");
    expect(within(withheld).getByRole("heading", { level: 4 })).toHaveTextContent(
      "2 producteurs sans relevé pour erreur",
    );
    const [a3, a5] = within(withheld).getAllByTestId("withheld-producer");
    expect(a3).toHaveTextContent("A3 — EARL Martin");
    const fix = within(a3).getByRole("button", { name: /« abc » n'est pas un nombre/ });
    expect(fix).toHaveTextContent("Analyses · ligne 12 · colonne Valeur (D)");
    expect(fix).toHaveAccessibleDescription("A3 — EARL Martin");
    fireEvent.click(fix);
    expect(onSelect).toHaveBeenCalledWith(result.issues[0]);
    // Withheld without an error of his own: where to look.
    expect(a5).toHaveTextContent("A5 — Ferme Blanche");
    expect(a5).toHaveTextContent("Erreur : voir la feuille Contrôles du mois.");
    // His error is not listed a second time; the unknown code's rows are.
    const errors = screen.getByTestId("errors");
    expect(within(errors).getByRole("heading")).toHaveTextContent("Erreurs (1)");
    expect(errors).toHaveTextContent("« P99 » absent de Producteurs");
    expect(errors).not.toHaveTextContent("abc");
  });

  it("names the producers without consent, each pointing at his Consentement cell", () => {
    const result = handMadeResult();
    const onSelect = view(result);
    const noConsent = screen.getByTestId("no-consent");
    expect(within(noConsent).getByRole("heading")).toHaveTextContent("1 producteur sans consentement");
    fireEvent.click(within(noConsent).getByRole("button", { name: "A4" }));
    expect(onSelect).toHaveBeenCalledWith(result.issues[2]);
  });

  it("puts the same warning of several producers on one line, with each one's value, as a warning", () => {
    view(handMadeResult());
    const warnings = screen.getByTestId("warnings");
    expect(within(warnings).getByRole("heading", { level: 4 })).toHaveTextContent("Avertissements (2)");
    const lines = within(warnings).getAllByTestId("issue-group");
    expect(lines).toHaveLength(1);
    expect(plain(lines[0])).toBe(`${FREEZING} : A1 (\u22120,509), A2 (\u22120,508)`);
    expect(within(warnings).queryAllByTestId("issue")).toHaveLength(0);
    // Warning icons in the warnings, error icons in the errors.
    expect([...warnings.querySelectorAll("[data-icon]")].map((i) => i.getAttribute("data-icon"))).toEqual([
      "warning",
      "warning",
    ]);
    const errorIcons = screen.getByTestId("errors").querySelectorAll("[data-icon]");
    expect([...errorIcons].every((i) => i.getAttribute("data-icon") === "error")).toBe(true);
    // Errors in the run: the heading's status is an error, not a success.
    expect(screen.getByTestId("result")).toHaveAttribute("data-status", "errors");
  });

  it("gives per grid its name, total, volume, average price and base price in the grid's unit", () => {
    view(handMadeResult());
    const [sudEst, mooh] = screen.getAllByTestId("grid-total");
    expect(sudEst).toHaveTextContent("Accord interprofessionnel Sud-Est (1er janvier 2018)");
    expect(plain(within(sudEst).getByTestId("total-amount"))).toBe("19 114,25 €");
    expect(plain(sudEst)).toContain("Volume42 500 L");
    // 19 114,25 € × 1000 ÷ 42 500 L = 449,747… (test/run/review.test.ts) → 449,75.
    expect(plain(within(sudEst).getByTestId("average-price"))).toBe("449,75 €/1000 L");
    expect(plain(within(sudEst).getByTestId("base-price"))).toBe("450,00 €/1000 L");
    expect(mooh).toHaveTextContent("mooh société coopérative (dès le 1er janvier 2025)");
    expect(plain(within(mooh).getByTestId("total-amount"))).toBe("13 067,15 CHF");
    // 13 067,15 CHF × 100 ÷ 18 250 kg = 71,6008… → 71,60.
    expect(plain(within(mooh).getByTestId("average-price"))).toBe("71,60 cts/kg");
    expect(plain(within(mooh).getByTestId("base-price"))).toBe("72,00 cts/kg");
    expect(
      within(sudEst)
        .getAllByRole("term")
        .map((d) => d.textContent),
    ).toEqual(["Total", "Volume", "Relevés", "Prix moyen", "Prix de base du mois"]);
  });

  it("speaks English with English numbers", () => {
    view(handMadeResult(), {}, "en");
    const [sudEst] = screen.getAllByTestId("grid-total");
    expect(within(sudEst).getByTestId("average-price")).toHaveTextContent("449.75 €/1000 L");
    expect(screen.getByTestId("withheld")).toHaveTextContent("2 producers without a statement because of an error");
    // English typography: no space before the colon that leads to the producers.
    expect(plain(screen.getAllByTestId("issue-group")[0])).toMatch(/[^ ]: A1 \(\u22120\.509\), A2 \(\u22120\.508\)$/);
  });

  it("does not show an empty workbook as a success: nothing was computed, and why", () => {
    view(emptyResult());
    expect(screen.getByTestId("result")).toHaveAttribute("data-status", "empty");
    expect(screen.getByTestId("statement-count")).toHaveTextContent("0 relevé — mars 2025");
    expect(screen.getByTestId("result-facts")).toHaveTextContent("Le tableau Producteurs est vide");
    expect(screen.queryByText("Aucune erreur ni avertissement.")).not.toBeInTheDocument();
    expect(screen.queryByTestId("grid-totals")).not.toBeInTheDocument();
  });

  it("is a section under a focusable h3, not a live region, with real lists and named buttons", () => {
    view(handMadeResult(), { focusHeading: true });
    const section = screen.getByTestId("result");
    expect(section.tagName).toBe("SECTION");
    expect(section).not.toHaveAttribute("aria-live");
    expect(section.querySelector("[aria-live]")).toBeNull();
    const heading = screen.getByTestId("result-heading");
    expect(heading.tagName).toBe("H3");
    expect(heading).toHaveAttribute("tabindex", "-1");
    expect(heading).toHaveFocus();
    expect(screen.getByRole("region", { name: "3 relevés — mars 2025" })).toBe(section);
    expect(
      within(section)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([
      "2 producteurs sans relevé pour erreur",
      "Erreurs (1)",
      "1 producteur sans consentement",
      "Avertissements (2)",
    ]);
    expect(within(section).getAllByRole("list").length).toBeGreaterThanOrEqual(5);
    for (const button of within(section).getAllByRole("button")) expect(button).toHaveAccessibleName();
  });

  it("does not take the focus unless asked", () => {
    view(handMadeResult());
    expect(screen.getByTestId("result-heading")).not.toHaveFocus();
  });

  it("outside Excel lists where each issue is, without buttons", () => {
    view(handMadeResult(), { onSelect: undefined });
    expect(within(screen.getByTestId("result")).queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByTestId("withheld")).toHaveTextContent("Analyses · ligne 12 · colonne Valeur (D)");
    expect(screen.queryByText("Cliquez sur une ligne pour sélectionner la cellule en cause.")).not.toBeInTheDocument();
  });
});
