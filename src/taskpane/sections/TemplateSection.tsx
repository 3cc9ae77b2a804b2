/** « Modèle de classeur »: « Créer le modèle » (the tables in Excel, a workbook to download outside). */
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import type { Pane } from "../hooks/usePane";
import { useTemplate } from "../hooks/useTemplate";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  p: { margin: 0 },
});

export function TemplateSection({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const { t } = pane;
  const template = useTemplate(pane.service, pane.save, t);
  const { message } = template;
  return (
    <>
      <Divider />
      <section className={styles.block}>
        <Subtitle2 as="h2" className={styles.p}>
          {t("template")}
        </Subtitle2>
        <Caption1>{pane.excel ? t("templateIntro") : t("templateIntroStandalone")}</Caption1>
        <Button
          icon={<TableAdd20Regular />}
          onClick={() => void template.create()}
          disabled={template.busy || pane.run.running}
          data-testid="template"
        >
          {t("createTemplate")}
        </Button>
        {message && (
          <MessageBar intent={message.ok ? "success" : "error"} data-testid="template-message">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </>
  );
}
