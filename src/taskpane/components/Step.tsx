/**
 * One step of the month's routine (or one tool after it): its number and title as a level-2 heading, whether
 * it is done for the month, one short hint, then what the step does. Details go behind « En savoir plus »
 * (More). One frame so that the steps look and read alike.
 */
import { Badge, Caption1, makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { Checkmark12Filled } from "@fluentui/react-icons";
import type { ReactNode, Ref } from "react";
import type { Translate } from "../i18n";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    overflowWrap: "anywhere",
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "2px",
    },
  },
  more: { maxWidth: "72ch", "& > summary": { cursor: "pointer", width: "fit-content" } },
});

export interface StepProps {
  /** The step's place in the routine (1 to 7); none for a tool. */
  n?: number;
  title: string;
  /** Done for the month, to do, or unknown (undefined: no badge). */
  done?: boolean;
  hint?: ReactNode;
  /** Given: the heading can take the focus (tabIndex -1), e.g. when the step's result arrives. */
  headingRef?: Ref<HTMLHeadingElement>;
  testId: string;
  t: Translate;
  children?: ReactNode;
}

export function Step({ n, title, done, hint, headingRef, testId, t, children }: StepProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const id = useId("step-");
  return (
    <section className={styles.step} aria-labelledby={id} data-testid={testId}>
      <div className={styles.head}>
        <h2
          id={id}
          ref={headingRef}
          tabIndex={headingRef ? -1 : undefined}
          className={styles.heading}
          data-testid={`${testId}-heading`}
        >
          {n !== undefined ? `${n}. ${title}` : title}
        </h2>
        {done !== undefined && (
          <Badge
            appearance="tint"
            color={done ? "success" : "informative"}
            icon={done ? <Checkmark12Filled /> : undefined}
            data-testid={`${testId}-status`}
          >
            {done ? t("stepDone") : t("stepToDo")}
          </Badge>
        )}
      </div>
      {hint && <Caption1 className={pane.text}>{hint}</Caption1>}
      {children}
    </section>
  );
}

/** Details a step does not need to show at first: behind a native disclosure, « En savoir plus ». */
export function More({ t, children }: { t: Translate; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details className={styles.more}>
      <summary>
        <Caption1>{t("more")}</Caption1>
      </summary>
      <Caption1 block>{children}</Caption1>
    </details>
  );
}

/** The one short line a screen reader announces when a long action ends (not the whole result). */
export function Announcer({ text }: { text: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="announcer"
      style={{
        position: "absolute",
        width: 1,
        height: 1,
        overflow: "hidden",
        clip: "rect(0 0 0 0)",
        whiteSpace: "nowrap",
      }}
    >
      {text}
    </div>
  );
}
