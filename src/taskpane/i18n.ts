/**
 * The pane's words, in French (default) and English (when Office's display language, or the browser's outside
 * Excel, is English). The generated sheets and the run's messages are in French whatever the pane's language.
 */

export type Lang = "fr" | "en";

/** "en-US", "en-GB"… → English; anything else → French. */
export function languageOf(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^en(\b|[-_])/i.test(tag.trim()) ? "en" : "fr";
}

const fr = {
  title: "Paie du lait OP",
  subtitle: "Relevés mensuels des producteurs",
  standaloneBadge: "Hors Excel",
  standaloneIntro:
    "Ouvrez un classeur .xlsx de l'OP : les relevés sont calculés dans ce navigateur, rien n'est envoyé. Téléchargez ensuite le classeur complété.",
  openFile: "Ouvrir un classeur .xlsx…",
  fileLabel: "Classeur",
  noFile: "Aucun classeur ouvert",
  fileSheets: "{n} feuilles",
  fileError: "Ce fichier ne peut pas être lu : {message}",
  month: "Mois",
  monthHint: "Par défaut, le dernier mois complet.",
  grid: "Grille",
  gridWorkbook: "Celle de chaque producteur (classeur)",
  gridHint:
    "Pour les producteurs sans grille dans Producteurs ; par défaut, la seule grille qui a un prix de base ce mois-là.",
  charts: "Graphique 12 mois sur chaque relevé",
  generate: "Générer les relevés",
  generating: "Génération en cours…",
  phaseOpen: "Ouverture du classeur",
  phaseRead: "Lecture des tableaux",
  phaseCompute: "Calcul des relevés",
  phaseWrite: "Écriture des feuilles",
  phaseHistory: "Historique des 12 mois",
  phaseCharts: "Graphiques",
  phaseSave: "Enregistrement du classeur",
  stepOf: "Étape {i}/{n} : {label}",
  statements: "{n} relevé{s}",
  statementsFor: "{n} relevé{s} — {month}",
  totalOf: "Total {grid} :",
  withheld: "{n} producteur{s} sans relevé pour erreur",
  noConsent: "{n} producteur{s} sans consentement",
  chartsAdded: "{n} graphique{s} ajouté{s}",
  replaced: "{n} feuille{s} du même mois remplacée{s}",
  noIssues: "Aucune erreur ni avertissement.",
  errors: "Erreurs ({n})",
  warnings: "Avertissements ({n})",
  showAll: "Tout afficher ({n})",
  selectHint: "Cliquez sur une ligne pour sélectionner la cellule en cause.",
  row: "ligne {n}",
  column: "colonne {c}",
  cannotSelect: "Cellule introuvable : {message}",
  download: "Télécharger le résultat",
  downloadHint: "{file} : le classeur avec la synthèse, les relevés et les contrôles.",
  runFailed: "Les relevés n'ont pas pu être générés",
  template: "Modèle de classeur",
  templateIntro:
    "Ajoute au classeur les tableaux d'entrée vides (Producteurs, Livraisons, Analyses, PrixDeBase, Evenements), avec leurs listes de choix.",
  templateIntroStandalone:
    "Télécharge un classeur vide avec les tableaux d'entrée (Producteurs, Livraisons, Analyses, PrixDeBase, Evenements) et leurs listes de choix.",
  createTemplate: "Créer le modèle",
  templateCreated: "Tableaux ajoutés : {names}.",
  templateExisting: "Déjà présents, laissés tels quels : {names}.",
  templateNothing: "Le classeur a déjà tous les tableaux d'entrée.",
  templateDownloaded: "Modèle téléchargé : {file}.",
  templateFailed: "Le modèle n'a pas pu être créé",
  formulas: "Les formules LAIT.* (MILK.* en anglais) restent disponibles dans tout classeur, volet ouvert ou non.",
  fileImports: "{n} import{s} ajouté{s} sur cette page",
  importTitle: "Import des données",
  importIntro:
    "Fichiers du laboratoire (Infolabo) ou de la laiterie, en CSV ou .xlsx : les colonnes sont reconnues d'après leurs en-têtes, à confirmer avant l'import.",
  importIntroStandalone:
    "Fichiers du laboratoire (Infolabo) ou de la laiterie, en CSV ou .xlsx, ajoutés au classeur ouvert : les colonnes sont reconnues d'après leurs en-têtes, à confirmer avant l'import. Le fichier ouvert n'est pas modifié : téléchargez ensuite le classeur complété.",
  importResults: "Importer des résultats",
  importVolumes: "Importer des volumes",
  importReading: "Lecture du fichier…",
  importPreviewLines: "{file} — {n} ligne{s}",
  importCsvFormat: "{encoding}, séparateur « {separator} »",
  importTab: "tabulation",
  importSheetFormat: "feuille « {sheet} »",
  importInto: "→ {table}",
  importSaved: "Correspondance enregistrée",
  importFileColumn: "Colonne du fichier",
  importExample: "Exemple",
  importAs: "Importée comme",
  importColumnN: "(colonne {n})",
  importColumnLabel: "Colonne {name} importée comme",
  importIgnored: "(ignorée)",
  importResultOf: "Résultat {c}",
  fieldDate: "Date",
  fieldCode: "Code producteur",
  fieldCriterion: "Critère",
  fieldValue: "Valeur",
  fieldValidated: "Validé",
  fieldVolume: "Volume",
  fieldTime: "Heure",
  fieldTemperature: "Température",
  fieldPlace: "Lieu",
  importSaveAs: "Enregistrer la correspondance sous (facultatif)",
  importSaveAsPlaceholder: "ex. Infolabo",
  importRun: "Importer",
  importRunning: "Import en cours…",
  importCancel: "Annuler",
  importFailed: "Import impossible",
  importLinesRead: "{v} ligne{s} lue{s}",
  importReadResults: "{v} résultat{s}",
  importReadDeliveries: "{v} livraison{s}",
  importImported: "{v} importé{s}",
  importDuplicates: "{v} doublon{s}",
  importRejected: "{v} rejeté{s}",
  importNoConsent: "{v} sans consentement",
  importAppended: "lignes {first} à {last} de {sheet}",
  importRejectsSheet: "détail des lignes non importées dans la feuille « {sheet} »",
  importRejectLine: "ligne {line} : {reason}",
  importMoreRejects: "… et {n} autre{s}",
  importDownload: "Télécharger le classeur",
  importDownloadHint:
    "{file} : le classeur ouvert avec les lignes importées. « Générer les relevés » et les prix les prennent déjà en compte sur cette page.",
  pdfTitle: "Documents PDF",
  pdfIntro:
    "Un PDF par relevé, la synthèse et un PDF unique pour l'impression, dans un fichier .zip. Ils sont calculés dans ce navigateur à partir des relevés générés ci-dessus.",
  pdfIntroInvoices:
    "Un PDF par relevé, chaque facture et avoir du mois en Factur-X (PDF/A-3 avec le fichier factur-x.xml), la synthèse et un PDF unique pour l'impression, dans un fichier .zip. Ils sont calculés dans ce navigateur.",
  pdfNoLetterhead: "PDF sans en-tête de l'OP — {reason}",
  pdfDownload: "Télécharger les PDF",
  pdfBusy: "PDF {done} / {total}…",
  pdfDone: "{n} PDF dans {file}.",
  pdfFallback: "Si le téléchargement n'a pas démarré (Excel sur le web ou sur Mac), cliquez sur ce lien :",
  pdfFailed: "Les PDF n'ont pas pu être produits",
  // ---------------------------------------------------------------- the result, read as a payroll check (issue 15)
  resultTotal: "Total",
  resultVolume: "Volume",
  resultStatements: "Relevés",
  averagePrice: "Prix moyen",
  basePrice: "Prix de base du mois",
  resultNoProducers: "Le tableau Producteurs est vide : rien n'a été calculé.",
  withheldHint: "À corriger dans le classeur, puis générez à nouveau :",
  withheldNoDetail: "Erreur : voir la feuille Contrôles du mois.",
};

export type Key = keyof typeof fr;

const en: Record<Key, string> = {
  title: "Milk pay OP",
  subtitle: "Monthly producer statements",
  standaloneBadge: "Outside Excel",
  standaloneIntro:
    "Open the OP's .xlsx workbook: statements are computed in this browser, nothing is uploaded. Then download the completed workbook.",
  openFile: "Open an .xlsx workbook…",
  fileLabel: "Workbook",
  noFile: "No workbook open",
  fileSheets: "{n} sheets",
  fileError: "This file cannot be read: {message}",
  month: "Month",
  monthHint: "By default, the last complete month.",
  grid: "Grid",
  gridWorkbook: "Each producer's own (workbook)",
  gridHint: "For producers without a grid in Producteurs; by default, the only grid with a base price that month.",
  charts: "12-month chart on each statement",
  generate: "Generate statements",
  generating: "Generating…",
  phaseOpen: "Opening the workbook",
  phaseRead: "Reading the tables",
  phaseCompute: "Computing statements",
  phaseWrite: "Writing sheets",
  phaseHistory: "12-month history",
  phaseCharts: "Charts",
  phaseSave: "Saving the workbook",
  stepOf: "Step {i}/{n}: {label}",
  statements: "{n} statement{s}",
  statementsFor: "{n} statement{s} — {month}",
  totalOf: "Total {grid}:",
  withheld: "{n} producer{s} without a statement because of an error",
  noConsent: "{n} producer{s} without consent",
  chartsAdded: "{n} chart{s} added",
  replaced: "{n} sheet{s} of the same month replaced",
  noIssues: "No errors or warnings.",
  errors: "Errors ({n})",
  warnings: "Warnings ({n})",
  showAll: "Show all ({n})",
  selectHint: "Click a line to select the cell at fault.",
  row: "row {n}",
  column: "column {c}",
  cannotSelect: "Cell not found: {message}",
  download: "Download the result",
  downloadHint: "{file}: the workbook with the summary, the statements and the checks.",
  runFailed: "The statements could not be generated",
  template: "Workbook template",
  templateIntro:
    "Adds the empty input tables (Producteurs, Livraisons, Analyses, PrixDeBase, Evenements) to the workbook, with their drop-down lists.",
  templateIntroStandalone:
    "Downloads an empty workbook with the input tables (Producteurs, Livraisons, Analyses, PrixDeBase, Evenements) and their drop-down lists.",
  createTemplate: "Create the template",
  templateCreated: "Tables added: {names}.",
  templateExisting: "Already there, left as they are: {names}.",
  templateNothing: "The workbook already has every input table.",
  templateDownloaded: "Template downloaded: {file}.",
  templateFailed: "The template could not be created",
  formulas: "The MILK.* formulas (LAIT.* in French Excel) remain available in any workbook, pane open or not.",
  fileImports: "{n} import{s} added on this page",
  importTitle: "Data import",
  importIntro:
    "Files from the lab (Infolabo) or the dairy, as CSV or .xlsx: columns are recognised from their headers, to be confirmed before the import.",
  importIntroStandalone:
    "Files from the lab (Infolabo) or the dairy, as CSV or .xlsx, added to the open workbook: columns are recognised from their headers, to be confirmed before the import. The file you opened is not changed: download the completed workbook afterwards.",
  importResults: "Import results",
  importVolumes: "Import volumes",
  importReading: "Reading the file…",
  importPreviewLines: "{file} — {n} line{s}",
  importCsvFormat: "{encoding}, separator “{separator}”",
  importTab: "tab",
  importSheetFormat: "sheet “{sheet}”",
  importInto: "→ {table}",
  importSaved: "Saved mapping",
  importFileColumn: "File column",
  importExample: "Example",
  importAs: "Imported as",
  importColumnN: "(column {n})",
  importColumnLabel: "Column {name} imported as",
  importIgnored: "(ignored)",
  importResultOf: "Result {c}",
  fieldDate: "Date",
  fieldCode: "Producer code",
  fieldCriterion: "Criterion",
  fieldValue: "Value",
  fieldValidated: "Validated",
  fieldVolume: "Volume",
  fieldTime: "Time",
  fieldTemperature: "Temperature",
  fieldPlace: "Place",
  importSaveAs: "Save the mapping as (optional)",
  importSaveAsPlaceholder: "e.g. Infolabo",
  importRun: "Import",
  importRunning: "Importing…",
  importCancel: "Cancel",
  importFailed: "Import failed",
  importLinesRead: "{v} line{s} read",
  importReadResults: "{v} result{s}",
  importReadDeliveries: "{v} collection{s}",
  importImported: "{v} imported",
  importDuplicates: "{v} duplicate{s}",
  importRejected: "{v} rejected",
  importNoConsent: "{v} without consent",
  importAppended: "rows {first} to {last} of {sheet}",
  importRejectsSheet: "the rows not imported are listed in the sheet “{sheet}”",
  importRejectLine: "line {line}: {reason}",
  importMoreRejects: "… and {n} more",
  importDownload: "Download the workbook",
  importDownloadHint:
    "{file}: the open workbook with the imported rows. “Generate statements” and the prices on this page already use them.",
  pdfTitle: "PDF documents",
  pdfIntro:
    "One PDF per statement, the summary and one combined PDF for printing, in a .zip file. They are made in this browser from the statements generated above.",
  pdfIntroInvoices:
    "One PDF per statement, each invoice and credit note of the month as Factur-X (PDF/A-3 with the factur-x.xml file), the summary and one combined PDF for printing, in a .zip file. They are made in this browser.",
  pdfNoLetterhead: "PDFs without the OP letterhead — {reason}",
  pdfDownload: "Download the PDFs",
  pdfBusy: "PDF {done} / {total}…",
  pdfDone: "{n} PDFs in {file}.",
  pdfFallback: "If the download did not start (Excel on the web or on Mac), click this link:",
  pdfFailed: "The PDFs could not be made",
  // ---------------------------------------------------------------- the result, read as a payroll check (issue 15)
  resultTotal: "Total",
  resultVolume: "Volume",
  resultStatements: "Statements",
  averagePrice: "Average price",
  basePrice: "Base price of the month",
  resultNoProducers: "The Producteurs table is empty: nothing was computed.",
  withheldHint: "Fix these in the workbook, then generate again:",
  withheldNoDetail: "Error: see the month's Contrôles sheet.",
};

const TABLES: Record<Lang, Record<Key, string>> = { fr, en };

export type Translate = (key: Key, params?: Record<string, string | number>) => string;

/**
 * `{name}` takes the parameter; `{s}` is the plural mark of `{n}`: "s" from 2 in French (0 and 1 are
 * singular), for every count but 1 in English.
 */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (m, name: string) => {
      if (name === "s" && params && typeof params.n === "number")
        return (lang === "fr" ? params.n >= 2 : params.n !== 1) ? "s" : "";
      return params && name in params ? String(params[name]) : m;
    });
}

export function locale(lang: Lang): string {
  return lang === "en" ? "en-GB" : "fr-FR";
}

/** "mars 2025" / "March 2025". */
export function monthName(month: string, lang: Lang): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

export function money(amount: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(locale(lang), { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function quantity(value: number, unit: string, lang: Lang): string {
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value)} ${unit}`;
}
