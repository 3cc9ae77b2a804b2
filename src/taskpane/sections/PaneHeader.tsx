/** The top of the pane: the icon, the title and subtitle, and « Hors Excel » on the standalone page. */
import { Badge, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Pane } from "../hooks/usePane";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flex: "1 1 8rem" },
  h1: { margin: 0, overflowWrap: "anywhere" },
});

export function PaneHeader({ pane: { t, excel } }: { pane: Pane }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-32.png" width={32} height={32} alt="" />
      <div className={styles.titles}>
        <Title3 as="h1" className={styles.h1}>
          {t("title")}
        </Title3>
        <Caption1>{t("subtitle")}</Caption1>
      </div>
      {!excel && (
        <Badge appearance="tint" color="informative" style={{ flexShrink: 0 }}>
          {t("standaloneBadge")}
        </Badge>
      )}
    </header>
  );
}
