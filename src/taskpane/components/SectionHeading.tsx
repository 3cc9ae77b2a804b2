/**
 * The top of every pane section: its title as a level-2 heading (what screen readers list) and the one-line
 * explanation under it. One copy so that the sections look and read alike.
 */
import { Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  title: { margin: 0 },
});

export function SectionHeading({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h2" className={styles.title}>
        {title}
      </Subtitle2>
      <Caption1>{intro}</Caption1>
    </>
  );
}
