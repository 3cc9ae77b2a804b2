import { FluentProvider, Body1, Caption1, Title2, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/** The task pane shell: title and a short explanation. The statement run UI comes later. */
export function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={32} height={32} alt="" />
          <Title2 as="h1">Paie du lait OP</Title2>
        </header>
        <Body1 as="p">
          Calcule chaque mois la paie du lait de chaque producteur de l'organisation selon la grille de
          l'acheteur : relevés par producteur, récapitulatif et contrôles.
        </Body1>
        <Caption1 as="p">
          Les formules MILK.* (LAIT.* dans Excel en français) restent disponibles dans tout classeur, volet
          ouvert ou non.
        </Caption1>
      </main>
    </FluentProvider>
  );
}
