/**
 * « Importer des résultats » / « Importer des volumes »: pick a file, confirm or correct what each column
 * holds (guessed from its header, or a mapping saved in the workbook), import, read the summary.
 */
import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowImport20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { Criterion } from "../../engine";
import { summaryLine, type ImportPlan } from "../../intake/importer";
import { FIELDS, type ImportKind, type Mapping } from "../../intake/mapping";
import { REJECTS_SHEET } from "../../intake/store";
import type { ImportPreview, ImportService } from "../services/importService";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "middle", wordBreak: "break-word" },
  p: { margin: 0 },
});

const CRITERIA: Criterion[] = ["MG", "MP", "GERMES", "CELLULES", "BUTYRIQUES", "PC", "INHIBITEURS"];

/** What a column is taken as, in the select: "" (ignored), "field:date", "crit:MG". */
type Assign = Record<string, string>;

function assignOf(preview: ImportPreview, mapping: Mapping): Assign {
  const a: Assign = {};
  for (const h of preview.source.headers) a[h] = "";
  for (const [field, header] of Object.entries(mapping.columns)) if (header) a[header] = `field:${field}`;
  if (mapping.layout === "wide") for (const [header, c] of Object.entries(mapping.criteria)) a[header] = `crit:${c}`;
  return a;
}

function mappingOf(kind: ImportKind, assign: Assign): Mapping {
  const columns: Mapping["columns"] = {};
  const criteria: Mapping["criteria"] = {};
  for (const [header, v] of Object.entries(assign)) {
    if (v.startsWith("field:")) columns[v.slice(6) as keyof Mapping["columns"]] = header;
    else if (v.startsWith("crit:")) criteria[header] = v.slice(5) as Criterion;
  }
  const wide = kind === "analyses" && Object.keys(criteria).length > 0;
  return { kind, layout: wide ? "wide" : "long", columns, criteria: wide ? criteria : {} };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface ImportPanelProps {
  service: ImportService;
  disabled?: boolean;
}

export function ImportPanel({ service, disabled }: ImportPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>("analyses");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [assign, setAssign] = useState<Assign>({});
  const [saveAs, setSaveAs] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportPlan | null>(null);

  function pick(k: ImportKind) {
    setKind(k);
    input.current?.click();
  }

  async function load(f: File, k: ImportKind, mappingName?: string) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const p = await service.preview(f, k, mappingName);
      setFile(f);
      setPreview(p);
      setAssign(assignOf(p, p.mapping));
      setSaveAs(mappingName ?? "");
    } catch (e) {
      setPreview(null);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function run() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      setDone(await service.run(preview, mappingOf(preview.kind, assign), saveAs));
      setPreview(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const fields = FIELDS[preview?.kind ?? kind];
  const s = preview?.source;
  return (
    <section className={styles.block} data-testid="import-panel">
      <Subtitle2 as="h2" className={styles.p}>
        Import des données
      </Subtitle2>
      <Caption1>Fichiers du laboratoire (Infolabo) ou de la laiterie, en CSV ou .xlsx : les colonnes sont reconnues d'après leurs en-têtes, à confirmer avant l'import.</Caption1>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv"
        style={{ display: "none" }}
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) void load(f, kind);
        }}
      />
      <div className={styles.buttons}>
        <Button icon={<ArrowImport20Regular />} onClick={() => pick("analyses")} disabled={disabled || busy} data-testid="import-results">
          Importer des résultats
        </Button>
        <Button icon={<ArrowImport20Regular />} onClick={() => pick("livraisons")} disabled={disabled || busy} data-testid="import-volumes">
          Importer des volumes
        </Button>
      </div>

      {preview && s && (
        <div className={styles.block} data-testid="import-preview">
          <Body1 as="p" className={styles.p}>
            {preview.fileName} — {s.rows.length} ligne{s.rows.length > 1 ? "s" : ""}
            {s.format === "csv" ? `, ${s.encoding}, séparateur « ${s.separator === "\t" ? "tab" : s.separator} »` : `, feuille ${s.sheet}`} → {preview.kind === "analyses" ? "Analyses" : "Livraisons"}
          </Body1>
          {preview.saved.length > 0 && (
            <Field label="Correspondance enregistrée">
              <Select data-testid="import-saved" value="" onChange={(_, d) => d.value && file && void load(file, preview.kind, d.value)}>
                <option value="">—</option>
                {preview.saved.map((m) => (
                  <option key={m.name} value={m.name}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell}>Colonne du fichier</th>
                <th className={styles.cell}>Exemple</th>
                <th className={styles.cell}>Importée comme</th>
              </tr>
            </thead>
            <tbody>
              {s.headers.map((h, i) => (
                <tr key={`${h}-${i}`}>
                  <td className={styles.cell}>{h || `(colonne ${i + 1})`}</td>
                  <td className={styles.cell}>{preview.sample[0]?.[i] ?? ""}</td>
                  <td className={styles.cell}>
                    <Select size="small" aria-label={`Colonne ${h}`} data-testid={`map-${i}`} value={assign[h] ?? ""} onChange={(_, d) => setAssign({ ...assign, [h]: d.value })}>
                      <option value="">(ignorée)</option>
                      {fields.map((f) => (
                        <option key={f.field} value={`field:${f.field}`}>
                          {f.label}
                        </option>
                      ))}
                      {preview.kind === "analyses" &&
                        CRITERIA.map((c) => (
                          <option key={c} value={`crit:${c}`}>
                            Résultat {c}
                          </option>
                        ))}
                    </Select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Field label="Enregistrer la correspondance sous (facultatif)">
            <Input value={saveAs} onChange={(_, d) => setSaveAs(d.value)} data-testid="import-save-as" placeholder="ex. Infolabo" />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void run()} disabled={busy} data-testid="import-run">
              Importer
            </Button>
            <Button onClick={() => setPreview(null)} disabled={busy}>
              Annuler
            </Button>
          </div>
        </div>
      )}

      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="import-error">
          <MessageBarBody>
            <MessageBarTitle>Import impossible</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent={done.summary.rejected + done.summary.noConsent > 0 ? "warning" : "success"} layout="multiline" data-testid="import-summary">
          <MessageBarBody>
            <MessageBarTitle>{done.summary.fileName}</MessageBarTitle>
            {summaryLine(done.summary)}
            {done.summary.appended ? ` — lignes ${done.summary.appended.firstRow} à ${done.summary.appended.lastRow} de ${done.summary.appended.sheet}` : ""}
            {done.rejects.length > 0 ? ` — détail des lignes non importées dans la feuille « ${REJECTS_SHEET} »` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
