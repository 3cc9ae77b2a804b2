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

  async function generate(request: GenerateRequest) {
    setOutcome(null);
    setPhases(service.phases(request));
    setStep(null);
    await run("generate", async () => setOutcome(await service.generate(request, setStep)));
    setStep(null);
  }

  /** The workbook changed: the outcome (and its download) and the failure are stale. */
  function forget() {
    setOutcome(null);
    setError(null);
  }

  return { running: busy !== null, phases, step, outcome, error, generate, forget };
}

export type StatementRun = ReturnType<typeof useStatementRun>;
