/**
 * The month's documents (src/documents): where the PDFs go, and why a document cannot be written as Factur-X.
 * French, the reference: documents.en.ts and documents.de.ts have the same keys and parameters. What the PDFs
 * print is document content, not messages.
 */
export const documentsFr = {
  // ---------------------------------------------------------------- the PDF folder
  "documents.cannotCreateFolder": "impossible de créer le dossier {folder} : {reason}",
  "documents.notFolder": "{folder} n'est pas un dossier",
  "documents.pdfsExist":
    "{n} {n:fichier PDF existe|fichiers PDF existent} déjà dans {folder} (« {first} »{more}) : choisissez un autre dossier ou supprimez-les (rien n'a été écrit)",

  // ---------------------------------------------------------------- Factur-X
  "documents.facturx.impossible": "{document} : Factur-X impossible — {problems}",
  "documents.facturx.invoice": "Facture {number} (producteur {producer})",
  "documents.facturx.creditNote": "Avoir {number} (producteur {producer})",
  "documents.facturx.creditNoteWithoutInvoice": "l'avoir ne référence pas la facture qu'il annule",
  "documents.facturx.badCurrency": "devise « {currency} » : un code ISO 4217 est attendu (EUR)",
  "documents.facturx.badIssueDate": "date d'émission « {date} » : une date AAAA-MM-JJ est attendue",
  "documents.facturx.badDueDate": "échéance « {date} » : une date AAAA-MM-JJ est attendue",
  "documents.facturx.badMonth": "mois « {month} » : AAAA-MM attendu",
  "documents.facturx.ofSeller": "du vendeur",
  "documents.facturx.ofBuyer": "de l'acheteur",
  "documents.facturx.badSiren": "SIREN {role} « {siren} » : 9 chiffres attendus (feuille {sheet}, colonne SIREN)",
  "documents.facturx.noName": "raison sociale {role} vide (feuille {sheet}, colonne Raison sociale)",
  "documents.facturx.badCountry": "pays {role} « {country} » : code ISO 3166 à 2 lettres attendu",
  "documents.facturx.forfaitWithVat": "TVA {vat} sur une facture au forfait agricole : 0 attendu",
  "documents.facturx.sellerVatNumberMissing":
    "N° TVA du producteur assujetti manquant (feuille Producteurs, colonne N° TVA)",
  "documents.facturx.vatRateMissing": "taux de TVA manquant pour un producteur assujetti",
  "documents.facturx.vatMismatch": "TVA {vat} ≠ HT × {rate} % = {expected}",
  "documents.facturx.noLines": "aucune ligne",
  "documents.facturx.lineUnit": "ligne {line} ({code}) : unité « {unit} » inconnue (L, kg ou forfait)",
  "documents.facturx.lineBasis": "ligne {line} ({code}) : base de prix {basis} (positive attendue)",
  "documents.facturx.lineAmount": "ligne {line} ({code}) : montant {amount} non arrondi au centime",
  "documents.facturx.notRounded": "{what} {value} non arrondi au centime",
  "documents.facturx.unequal": "{what} {actual} ≠ {expected}",
  "documents.facturx.ht": "HT",
  "documents.facturx.vat": "TVA",
  "documents.facturx.ttc": "TTC",
  "documents.facturx.withholdings": "retenues",
  "documents.facturx.withholdingsTotal": "total des retenues",
  "documents.facturx.net": "net à payer",
};
