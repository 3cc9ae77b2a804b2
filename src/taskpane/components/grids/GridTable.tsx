/** The chosen grid as its readable table (the rows of its « Grille <id> » sheet), first row as the header. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n";
import type { GridRows } from "./useGridsView";

const useStyles = makeStyles({
  scroll: {
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    overflowX: "auto",
    maxHeight: "320px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, whiteSpace: "nowrap" },
  cell: { padding: "1px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: "left" },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
  },
});

/** A number as French Excel shows it (−9 → "-9", 0.06 → "0,06"). */
function shown(value: string | number | null, lang: Lang): string {
  if (value === null) return "";
  return typeof value === "number" && lang === "fr" ? String(value).replace(".", ",") : String(value);
}

/** `label` names the scrolling region (it takes the focus, so that the keyboard can scroll it too). */
export function GridTable({ table, lang, label }: { table: GridRows; lang: Lang; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table} data-testid="grids-table">
        <tbody>
          {table
            .filter((r) => r.length > 0)
            .map((r, i) => (
              <tr key={i}>
                {r.map((v, j) =>
                  i === 0 ? (
                    <th key={j} className={`${styles.cell} ${styles.head}`}>
                      {shown(v, lang)}
                    </th>
                  ) : (
                    <td key={j} className={styles.cell}>
                      {shown(v, lang)}
                    </td>
                  ),
                )}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
