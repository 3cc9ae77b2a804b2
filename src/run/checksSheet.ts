/** The checks list of the month: every error and warning with sheet, row, column, producer and message. */
import type { YearMonth } from "../engine";
import type { OutputCell, OutputSheet } from "../workbook/port";
import { monthLabel, num, SEVERITY_LABEL, text } from "./cells";
import type { Issue } from "../inputs/issues";

export function checksSheet(name: string, month: YearMonth, issues: readonly Issue[]): OutputSheet {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const rows: (OutputCell[] | null)[] = [
    [text(`Contrôles — ${monthLabel(month)}`, "title")],
    [
      text(
        `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}. Une erreur prive seulement son producteur de relevé, jusqu'à correction ; un avertissement ne retient rien (relevé fait, à vérifier).`,
        "note",
      ),
    ],
    null,
    [
      text("Gravité", "header"),
      text("Feuille", "header"),
      text("Ligne", "header"),
      text("Colonne", "header"),
      text("Producteur", "header"),
      text("Message", "header"),
    ],
  ];
  if (issues.length === 0) rows.push([text("Aucune anomalie.")]);
  for (const i of issues) {
    rows.push([
      text(SEVERITY_LABEL[i.severity]),
      text(i.sheet ?? null),
      num(i.row ?? null, "count"),
      text(i.column ?? null),
      text(i.producer ?? null),
      text(i.message),
    ]);
  }
  return {
    name,
    rows,
    columnWidths: [14, 14, 8, 16, 12, 110],
    print: { orientation: "landscape", fitToOnePage: false, area: `A1:F${rows.length}` },
  };
}
