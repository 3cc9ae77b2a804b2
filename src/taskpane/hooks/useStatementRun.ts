/**
 * « Générer les relevés »: whether it runs, the phases it goes through and the step it is at, then its
 * outcome or why it failed.
 */
import { useState } from "react";
import { useServiceAction } from "../components/ActionFeedback";
import type { GenerateOutcome, GenerateRequest, Phase, StatementService, Step } from "../services/types";

export function useStatementRun(service: StatementService) {
  const { busy, error, setError, run } = useServiceAction<"generate">();
  const [phases, setPhases] = useState<Phase[]>([]);
  const [step, setStep] = useState<Step | null>(null);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);

  /** Runs the statements; the outcome, or null when the run failed (its message is then in `error`). */
  async function generate(request: GenerateRequest): Promise<GenerateOutcome | null> {
    let made: GenerateOutcome | null = null;
    setOutcome(null);
    setPhases(service.phases(request));
    setStep(null);
    await run("generate", async () => {
      made = await service.generate(request, setStep);
      setOutcome(made);
    });
    setStep(null);
    return made;
  }

  /** The workbook changed: the outcome (and its download) and the failure are stale. */
  function forget() {
    setOutcome(null);
    setError(null);
  }

  return { running: busy !== null, phases, step, outcome, error, generate, forget };
}

export type StatementRun = ReturnType<typeof useStatementRun>;
