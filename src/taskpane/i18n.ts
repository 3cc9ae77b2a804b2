/**
 * The pane's one catalogue of words: French here (the default), English in i18n.en.ts, Swiss German (de-CH) in
 * i18n.de.ts, chosen from Office's display language (the browser's outside Excel). Every panel takes its words
 * from here. Templates as in src/messages: `{name}` takes the parameter, `{n:relevé|relevés}` the singular or
 * the plural form for the count n (French: 0 and 1 singular; English and German: only 1) — filled by the
 * catalogue's own `fill`. The generated sheets stay French whatever the pane's language.
 */
import { fill, type Lang } from "../messages";
import { en } from "./i18n.en";
import { de } from "./i18n.de";

/** The pane speaks the catalogue's languages, chosen as it chooses them ("en-US" → en, "de-CH" → de, else fr). */
export type { Lang };
export { languageOf } from "../messages";

const fr = {
  title: "Paie du lait OP",
  subtitle: "La paie du mois, étape par étape",
  standaloneBadge: "Hors Excel",
  stepDone: "fait",
  stepToDo: "à faire",
  more: "En savoir plus",
  cancel: "Annuler",
  failed: "Échec",
  computing: "Calcul…",
  stepWorkbook: "Classeur",
  workbookHint: "Il reste dans ce navigateur : rien n'est envoyé.",
  openFile: "Ouvrir un classeur .xlsx…",
  startFromTemplate: "Partir du modèle",
  newWorkbook: "Nouveau classeur (modèle)",
  noFile: "Aucun classeur ouvert",
  fileImports: "{n} {n:import ajouté|imports ajoutés} sur cette page",
  fileError: "Ce fichier ne peut pas être lu : {message}",
  missingTables: "Tableaux manquants : {names}",
  addMissingTables: "Ajouter les tableaux manquants",
  allTables: "Tous les tableaux sont là.",
  templateCreated: "Tableaux ajoutés : {names}.",
  templateExisting: "Déjà présents, laissés tels quels : {names}.",
  templateNothing: "Le classeur a déjà tous les tableaux.",
  templateDownloaded: "Modèle téléchargé : {file}.",
  templateFailed: "Les tableaux n'ont pas pu être ajoutés",
  downloadWorkbook: "Télécharger le classeur",
  downloadWorkbookHint: "Avec tout ce qui a été fait sur cette page.",
  month: "Mois",
  monthsWithDeliveries: "Mois avec livraisons",
  otherMonths: "Autres mois",
  grid: "Grille pour les producteurs sans grille",
  gridAuto: "Automatique",
  gridHint: "Automatique : celle qui a un prix de base ce mois. Les autres producteurs gardent la leur.",
  readiness: "État du mois",
  readyProducers: "{n} {n:producteur|producteurs}",
  readyCollections: "{n} {n:collecte|collectes}",
  readyAnalyses: "{n} {n:résultat|résultats}",
  readyBasePrice: "prix de base {grid} : {price} {unit}",
  readyNoBasePrice: "{grid} : pas de prix de base",
  readyIndicators: "Indicateurs : oui",
  readyNoIndicators: "Indicateurs : non",
  stateFailed: "État du mois illisible : {message}",
  stepImport: "Import",
  importHint: "Résultats du laboratoire, volumes de la laiterie (CSV, .xlsx).",
  importResults: "Importer des résultats",
  importVolumes: "Importer des volumes",
  importReading: "Lecture du fichier…",
  importPreviewLines: "{file} — {n} {n:ligne|lignes}",
  importCsvFormat: "{encoding}, séparateur « {separator} »",
  importTab: "tabulation",
  importSheetFormat: "feuille « {sheet} »",
  importInto: "→ {table}",
  importSaved: "Correspondance enregistrée",
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
  importFailed: "Import impossible",
  importAt: "{file}, import de {time}",
  importReplaced: "Remplace l'import de {time} ({file}).",
  importSummary: "{lines} ({read}) : {counts}",
  importLinesRead: "{v} {n:ligne lue|lignes lues}",
  importReadResults: "{v} {n:résultat|résultats}",
  importReadDeliveries: "{v} {n:livraison|livraisons}",
  importImported: "{v} {n:importé|importés}",
  importDuplicates: "{v} {n:doublon|doublons}",
  importRejected: "{v} {n:rejeté|rejetés}",
  importNoConsent: "{v} sans consentement",
  importAppended: "lignes {first} à {last} de {sheet}",
  importRejectsSheet: "détail des lignes non importées dans la feuille « {sheet} »",
  importRejectLine: "ligne {line} : {reason}",
  importMoreRejects: "… et {n} {n:autre|autres}",
  stepPriceA: "Prix A",
  priceAHint: "Le prix de base du mois, formule Sodiaal, depuis le tableau Indicateurs.",
  priceA: "Calculer le prix A",
  noIndicators: "Indicateurs n'a pas de ligne pour {month}.",
  stepStatements: "Relevés",
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
  runFailed: "Les relevés n'ont pas pu être générés",
  stepChecks: "Contrôles",
  afterStatements: "Après « Générer les relevés ».",
  announceDone:
    "{n} {n:relevé|relevés} pour {month} : {errors} {errors:erreur|erreurs}, {warnings} {warnings:avertissement|avertissements}.",
  statements: "{n} {n:relevé|relevés}",
  statementsFor: "{n} {n:relevé|relevés} — {month}",
  totalOf: "Total {grid} :",
  withheld: "{n} {n:producteur|producteurs} sans relevé pour erreur",
  noConsent: "{n} {n:producteur|producteurs} sans consentement",
  chartsAdded: "{n} {n:graphique ajouté|graphiques ajoutés}",
  replaced: "{n} {n:feuille|feuilles} du même mois {n:remplacée|remplacées}",
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
  stepInvoices: "Factures",
  invoicesHint: "Une facture par producteur, numérotée dans le Registre des factures.",
  invoicesMore:
    "Émettre à nouveau après une correction annule la facture changée par un avoir et en émet une nouvelle ; les autres gardent leur numéro.",
  invoiceDate: "Date d'émission",
  invoiceDateHint: "Jamais avant la dernière date du registre, ni avant la fin du mois facturé.",
  invoicesPrepare: "Émettre les factures…",
  invoicesPreparing: "Préparation…",
  invoicesConfirm: "Confirmer l'émission",
  invoicesIssuing: "Émission…",
  invoicesWillMake:
    "À émettre : {invoices} {invoices:facture|factures}, {credit} {credit:avoir|avoirs} ; {unchanged} {unchanged:facture inchangée|factures inchangées} ; {left} {left:producteur non facturé|producteurs non facturés}.",
  invoicesLeftOut: "Non facturés",
  invoicesDone: "{invoices} {invoices:facture|factures} et {credit} {credit:avoir|avoirs} émis",
  stepPdf: "PDF",
  pdfIntro: "Un PDF par relevé, la synthèse et un PDF pour l'impression, dans un .zip.",
  pdfIntroInvoices:
    "Un PDF par relevé, chaque facture et avoir du mois en Factur-X, la synthèse et un PDF pour l'impression, dans un .zip.",
  pdfNoLetterhead: "PDF sans en-tête de l'OP — {reason}",
  pdfDownload: "Télécharger les PDF",
  pdfBusy: "PDF {done} / {total}…",
  pdfDone: "{n} PDF dans {file}.",
  pdfFallback: "Si le téléchargement n'a pas démarré (Excel sur le web ou sur Mac), cliquez sur ce lien :",
  pdfFailed: "Les PDF n'ont pas pu être produits",
  tools: "Outils",
  gridsTitle: "Grilles",
  gridsIntro: "Grilles intégrées et feuilles « Grille <id> » du classeur, modifiables dans Excel.",
  gridsChoose: "Grille affichée",
  gridsBuiltIn: "intégrée",
  gridsCopy: "Copier pour modifier",
  gridsNewId: "Nouvel identifiant",
  gridsFromMonth: "Valable à partir de (AAAA-MM)",
  gridsCreate: "Créer la feuille",
  gridsImport: "Importer un fichier de grille",
  gridsExport: "Exporter",
  gridsAdded: "Feuille « {sheet} » ajoutée",
  gridsBadMonth: "mois attendu au format AAAA-MM (ex. 2026-01)",
  gridsLoading: "Lecture des grilles…",
  compareTitle: "Comparer les grilles",
  compareHint: "Prix standardisé (PSL) de chaque grille et paie de chaque producteur sous chaque grille.",
  compare: "Comparer les grilles",
  // ---------------------------------------------------------------- the result, read as a payroll check (issue 15)
  resultTotal: "Total",
  resultVolume: "Volume",
  resultStatements: "Relevés",
  averagePrice: "Prix moyen",
  basePrice: "Prix de base du mois",
  resultNoProducers: "Le tableau Producteurs est vide : rien n'a été calculé.",
  withheldHint: "À corriger dans le classeur, puis générez à nouveau :",
  withheldNoDetail: "Erreur : voir la feuille Contrôles du mois.",
  formulas: "Les formules LAIT.* (MILK.* en anglais) restent disponibles dans tout classeur, volet ouvert ou non.",
};

export type Key = keyof typeof fr;

const TABLES: Record<Lang, Record<Key, string>> = { fr, en, de };

export type Translate = (key: Key, params?: Record<string, string | number>) => string;

/** The words of `lang`, their parameters filled in; an unknown parameter stays visible as `{name}`. */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params = {}) => fill(table[key], params, lang);
}

export function locale(lang: Lang): string {
  return lang === "en" ? "en-GB" : lang === "de" ? "de-CH" : "fr-FR";
}

/** "mars 2025" / "March 2025" / "März 2025". */
export function monthName(month: string, lang: Lang): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/**
 * A message from the workbook's code with its months ("2026-10") written as the pane writes them
 * (« octobre 2026 »), except inside quotes, where a month is part of a name (« Synthèse 2025-03 »).
 */
export function readableMonths(text: string, lang: Lang): string {
  return text
    .split(/(«[^»]*»|“[^”]*”|"[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\w./-])(\d{4})-(0[1-9]|1[0-2])(?![\w/-]|\.\w)/g, (m) => monthName(m, lang)),
    )
    .join("");
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
