/**
 * Invoicing (src/invoicing): the invoicing tables' values (OP, Acheteurs, Producteurs, TauxTVA, Retenues), why a
 * producer gets no invoice, the register and the issue date. French, the reference: invoicing.en.ts and
 * invoicing.de.ts have the same keys and parameters. The invoice's own mentions are document content
 * (src/invoicing/document.ts), not messages.
 */
export const invoicingFr = {
  // ---------------------------------------------------------------- tables OP, Acheteurs, Producteurs, TauxTVA
  "invoicing.sheetNotFound": "feuille « {sheet} » introuvable : {why} (voir la section Factures du README)",
  "invoicing.why.op": "elle décrit l'OP qui émet les factures (une ligne)",
  "invoicing.why.buyers": "elle décrit les laiteries acheteuses",
  "invoicing.why.producers": "la liste des producteurs",
  "invoicing.buyerCodeMissing": "code acheteur manquant : la cellule est vide",
  "invoicing.opOneRow":
    "feuille {sheet} : une seule ligne attendue sous les en-têtes (l'OP qui émet), {n} {n:trouvée|trouvées}",
  "invoicing.opFieldMissing": "{field} de l'OP manquant(e) : la cellule est vide",
  "invoicing.badMode": "« {text} » : mode attendu mandat ou autofacturation",
  "invoicing.badPrefix": "préfixe « {prefix} » : 1 à 10 lettres, chiffres, - ou _ attendus (ex. F)",
  "invoicing.badPaymentDays":
    "échéance de {days} jours : un nombre entier de jours de 0 à 60 est attendu (Code de commerce L441-10)",
  "invoicing.badRegime": "« {text} » : régime TVA attendu assujetti ou forfait",
  "invoicing.implausibleVatRate":
    "taux de TVA de {rate} % invraisemblable : saisissez le taux en pour cent (5,5 pour 5,5 %)",
  "invoicing.vatFromMissing": "mois de début manquant : la cellule est vide",
  "invoicing.vatRateMissing": "taux manquant : la cellule est vide",
  "invoicing.noVatRateInForce": "aucun taux de TVA en vigueur en {month} dans {sheet} (colonne Du)",
  "invoicing.field.name": "raison sociale",
  "invoicing.field.siren": "SIREN",
  "invoicing.field.address": "adresse",
  "invoicing.field.postalCode": "code postal",
  "invoicing.field.city": "ville",
  "invoicing.field.vatNumber": "n° TVA",

  // ---------------------------------------------------------------- identifiers (parties.ts)
  "invoicing.notSiren": "{cell} n'est pas un SIREN : 9 chiffres attendus (ex. 552 100 554)",
  "invoicing.badSirenKey": "{cell} n'est pas un SIREN valide (clé de contrôle fausse : un chiffre mal saisi ?)",
  "invoicing.notVatNumber":
    "{cell} n'est pas un numéro de TVA intracommunautaire français : FR, 2 caractères de clé et le SIREN attendus (ex. FR40 303 265 045)",
  "invoicing.vatNumberOtherSiren": "{cell} : le numéro de TVA ne contient pas le SIREN {siren} de la même ligne",
  "invoicing.badVatKey": "{cell} : clé de TVA fausse ({key} attendu pour ce SIREN)",
  "invoicing.notPostalCode": "{cell} n'est pas un code postal : 5 chiffres attendus",

  // ---------------------------------------------------------------- who gets no invoice, and why
  "invoicing.issueAt": "{where} : {message}",
  "invoicing.unreadableBuyerCode": " ; code illisible : {issue}",
  "invoicing.noBuyer": "aucun acheteur dans {sheet}",
  "invoicing.buyerBlankOnlyRowUnreadable": "colonne Acheteur vide et seule ligne de {sheet} sans code lisible{because}",
  "invoicing.buyerBlankSeveral":
    "colonne Acheteur vide alors que {sheet} en compte {n} : précisez le code de la laiterie",
  "invoicing.buyerNotFound": "acheteur « {code} » absent de {sheet}{because}",
  "invoicing.buyerDuplicate": "acheteur « {code} » en double dans {sheet} (lignes {rows})",
  "invoicing.swissGrid":
    "grille {grid} en {currency} : producteur suisse hors TVA française (LTVA art. 21 al. 2 ch. 26), relevé avec retenues sans facture",
  "invoicing.opUnusable": "ligne OP inutilisable ({issue}) : aucune facture tant qu'elle n'est pas corrigée",
  "invoicing.withholdingsUnreadable": "retenues illisibles ({issue})",
  "invoicing.notInProducers": "absent de {sheet}",
  "invoicing.unreadableValue": "valeur illisible ({issue})",
  "invoicing.noVatRegime":
    "Régime TVA vide ({sheet} ligne {row}) : pas de facture, le régime n'est jamais deviné (assujetti ou forfait)",
  "invoicing.sellerMissing":
    "{n:mention du vendeur manquante|mentions du vendeur manquantes} : {fields} ({sheet} ligne {row})",
  "invoicing.noMandate":
    "pas de mandat de facturation (colonne Mandat de {sheet}, ligne {row}) : l'OP ne peut facturer en son nom",
  "invoicing.mandateAfterIssue": "mandat de facturation signé le {date}, après la date d'émission",
  "invoicing.buyerUnreadable": "acheteur {code} : valeur illisible ({issue})",
  "invoicing.buyerMissingFields": "acheteur {code} : {fields} manquant(s) ({sheet} ligne {row})",
  "invoicing.vatRateUnreadable": "taux de TVA de {month} illisible ({issue})",
  "invoicing.zeroAmount": "montant HT nul pour {month} : rien à facturer",
  "invoicing.negativeAmount": "montant HT négatif pour {month} : rien à facturer",
  "invoicing.noConsent": "pas de consentement : ni relevé ni facture",
  "invoicing.withheld": "retenu pour erreurs : pas de relevé, donc pas de facture (voir les erreurs de ce producteur)",
  "invoicing.noInvoice": "pas de facture : {reason}",
  "invoicing.noInvoiceForGrid":
    "pas de facture pour les {n} producteur(s) de la grille {grid} (hors TVA française, LTVA art. 21 al. 2 ch. 26) : relevés avec retenues seulement",

  // ---------------------------------------------------------------- issuing
  "invoicing.badIssueDate": "date d'émission « {date} » invalide : AAAA-MM-JJ attendu",
  "invoicing.cannotAppendRegister":
    "ce classeur ne permet pas d'ajouter des lignes au registre : aucune facture n'est émise",
  "invoicing.sheetNumberTaken":
    "la feuille « {sheet} » existe déjà alors que le registre attribue ce numéro maintenant (registre supprimé ou feuille renommée ?) : rien n'est émis ; rétablissez le registre ou renommez la feuille",
  "invoicing.issueDateBeforeLast":
    "date d'émission du {date} antérieure à la dernière du registre ({number} du {lastDate}, ligne {row}) : les dates ne reculent jamais, choisissez le {lastDate} ou après",
  "invoicing.issueDateBeforeMonthEnd":
    "date d'émission du {date} avant la fin du mois facturé {month} : une facture de lait s'émet une fois le mois livré (le {monthEnd} ou après)",

  // ---------------------------------------------------------------- the register « Registre des factures »
  "invoicing.register.rowUnreadable":
    "{sheet}, ligne {row}, colonne {column} ({letter}) : {message} — registre illisible, aucune facture n'est émise ; rétablissez la ligne telle qu'elle a été écrite",
  "invoicing.register.notNumber": "« {text} » n'est pas un numéro de facture (ex. F2025-000001)",
  "invoicing.register.badType": "« {text} » : facture ou avoir attendu",
  "invoicing.register.dateUnreadable": "date d'émission illisible",
  "invoicing.register.monthUnreadable": "mois illisible",
  "invoicing.register.contentEmpty": "contenu vide",
  "invoicing.register.fingerprint": "l'empreinte ne correspond pas au contenu (ligne modifiée à la main ?)",
  "invoicing.register.contentUnreadable": "contenu illisible : {reason}",
  "invoicing.register.duplicateNumber": "numéro {number} en double (déjà ligne {row})",
  "invoicing.register.numberYear": "le numéro {number} n'est pas de l'année de sa date d'émission",
  "invoicing.register.numberExpected":
    "numéro {number} : {expected} attendu (la série est continue, sans trou ni doublon)",
  "invoicing.register.dateBackwards":
    "date d'émission antérieure à celle de la ligne {row} (les dates ne reculent jamais)",
  "invoicing.register.mismatch": "« {cell} » ne correspond pas au contenu (« {content} »)",
  "invoicing.register.amountMismatch": "montant différent du contenu ({amount})",
  "invoicing.register.cancelsUnknown":
    "l'avoir annule « {number} », qui n'est pas une facture plus haut dans le registre",
  "invoicing.register.alreadyCancelled": "la facture {number} est déjà annulée plus haut",
  "invoicing.register.missingColumns":
    "feuille {sheet} : {n:colonne|colonnes} {columns} {n:absente|absentes} : le registre ne peut pas être lu, aucune facture n'est émise",
  "invoicing.register.contentTooLong":
    "facture {number} : contenu trop long pour une cellule Excel ({length} caractères)",
  "invoicing.content.numberExpected": "nombre attendu, {found} trouvé",
  "invoicing.content.textExpected": "texte attendu, {found} trouvé",
  "invoicing.content.unknownVersion": "version de contenu inconnue",
  "invoicing.content.unknownKind": "type, mode ou régime inconnu",
  "invoicing.content.notCanonical": "contenu non canonique (modifié à la main ?)",

  // ---------------------------------------------------------------- withholdings (Retenues)
  "invoicing.withholding.badBase": "« {text} » : base attendue volume ou montant",
  "invoicing.withholding.implausiblePercent":
    "taux de {rate} % invraisemblable : pour cent du montant HT attendu (ex. 0,5)",
  "invoicing.withholding.implausibleRate": "taux de {rate} par unité de prix invraisemblable (ex. 1,22 €/1000 L)",
  "invoicing.withholding.endBeforeStart": "fin {to} avant le début {from}",
  "invoicing.withholding.codeMissing": "code de retenue manquant : la cellule est vide",
  "invoicing.withholding.labelMissing": "libellé manquant : la cellule est vide",
  "invoicing.withholding.baseMissing": "base manquante (volume ou montant) : la cellule est vide",
  "invoicing.withholding.rateMissing": "taux manquant : la cellule est vide (jamais compté 0)",
  "invoicing.withholding.buyerUnknown":
    "retenue {code} limitée à l'acheteur {buyer} : l'acheteur du producteur {producer} n'est pas connu (colonne Acheteur de Producteurs)",

  // ---------------------------------------------------------------- the OP's letterhead on the documents
  "invoicing.letterhead.where": "feuille {sheet}, ligne {row}",
  "invoicing.letterhead.whereColumn": "feuille {sheet}, ligne {row}, colonne {column}",
  "invoicing.letterhead.problem": "{where} : {message}{more}",
  "invoicing.letterhead.more": " (et {n} {n:autre erreur|autres erreurs})",
};
