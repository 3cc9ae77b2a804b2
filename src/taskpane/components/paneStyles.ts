/**
 * The layout every part of the pane shares: a column of blocks, a row of buttons that wraps, text that wraps
 * and keeps a readable line length at desktop widths, and fields (selects, inputs) that shrink to the pane
 * and show a clear outline when focused (Fluent's own focus is a thin underline only).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { margin: 0, maxWidth: "72ch", overflowWrap: "anywhere" },
  field: { maxWidth: "36rem", minWidth: 0 },
  focusRing: {
    minWidth: 0,
    maxWidth: "100%",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-within": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "2px",
    },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  warning: { color: tokens.colorStatusWarningForeground3 },
});
