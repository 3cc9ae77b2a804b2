/** The words of the « Grilles » section, in the pane's two languages. */
export const TEXT = {
  fr: {
    title: "Grilles",
    intro:
      "Grilles intégrées et grilles du classeur (feuilles « Grille <id> », modifiables dans Excel). Une copie sert de point de départ à la version de l'an prochain.",
    choose: "Grille",
    builtIn: "intégrée",
    copy: "Copier pour modifier",
    newId: "Nouvel identifiant",
    fromMonth: "Valable à partir de (AAAA-MM)",
    create: "Créer la feuille",
    importFile: "Importer un fichier de grille",
    export: "Exporter",
    added: (sheet: string) => `Feuille « ${sheet} » ajoutée`,
    failed: "Échec",
    download: "Télécharger le classeur",
    badMonth: "mois attendu au format AAAA-MM (ex. 2026-01)",
    loading: "Lecture des grilles…",
  },
  en: {
    title: "Grids",
    intro:
      "Built-in grids and the workbook's grids (sheets « Grille <id> », editable in Excel). A copy is the starting point for next year's version.",
    choose: "Grid",
    builtIn: "built-in",
    copy: "Copy to edit",
    newId: "New id",
    fromMonth: "Valid from (YYYY-MM)",
    create: "Create the sheet",
    importFile: "Import a grid file",
    export: "Export",
    added: (sheet: string) => `Sheet « ${sheet} » added`,
    failed: "Failed",
    download: "Download the workbook",
    badMonth: "expected a month as YYYY-MM (e.g. 2026-01)",
    loading: "Reading the grids…",
  },
} as const;

export type GridsText = (typeof TEXT)[keyof typeof TEXT];
