/**
 * The outbox's template names: what the mailbox shows, what the order page looks for ("a
 * confirmation was sent"), what tests count. One name per kind of e-mail, never shared.
 */
export const EMAIL_TEMPLATES = {
  /** An offline order placed (transfer, cheque): the order and how to pay it. */
  orderConfirmation: "order-confirmation",
  /** An online payment made the order paid: the order and the accepted payment in one. */
  paidOrderConfirmation: "order-confirmation-paid",
  /** An online payment accepted that does not settle the order yet: its receipt alone. */
  paymentAccepted: "payment-accepted",
  paymentFailed: "payment-failed",
  paymentLink: "payment-link",
  /** Money recorded by hand (transfer, cashed cheque) made the order paid. */
  paymentReceived: "payment-received",
  orderCancelled: "order-cancelled",
  /** A second payment reached an order already paid and was refunded automatically. */
  duplicatePaymentRefunded: "duplicate-payment-refunded",
  /** To the shop's admins: something needs a person (a refund or chargeback made outside the shop…). */
  adminAlert: "admin-alert",
  /** A fresh link to the order page, asked for from an expired one. */
  orderLink: "order-link",
  /** A transfer or cheque order still waiting for its money: how to pay, and when it will be cancelled. */
  offlinePaymentReminder: "offline-payment-reminder",
  /** Professional accounts: the application received, the shop's decision, a hold or its end. */
  proApplicationReceived: "pro-application-received",
  proApproved: "pro-approved",
  proRejected: "pro-rejected",
  proHold: "pro-hold",
  /** An invoice on account issued (net-30), with its due date; an invoice fully paid, with the receipt. */
  invoiceIssued: "invoice-issued",
  invoicePaid: "invoice-paid",
  /** Credit held by a pro's account paid back to it (transfer or cheque made by the shop). */
  creditRefunded: "credit-refunded",
  /** A credit note (avoir) issued on an invoice: what it corrects and where its amount goes. */
  creditNoteIssued: "credit-note-issued",
  /** An order paid in several cheques: the admin changed its schedule before the cheques came. */
  instalmentsRescheduled: "instalments-rescheduled",
  /** Asked for on the readiness page (/admin/configuration): proves the SMTP settings deliver. */
  testEmail: "test-email",
  /** « Mot de passe oublié ? »: a single-use link to choose a new password. */
  passwordReset: "password-reset",
  /** A consumer withdrew from an order: the acknowledgement, with the date and the refund's deadline. */
  withdrawalReceived: "withdrawal-received",
} as const;

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[keyof typeof EMAIL_TEMPLATES];

/** The e-mails that confirm an order to its customer. */
export const ORDER_CONFIRMATION_TEMPLATES: readonly EmailTemplate[] = [EMAIL_TEMPLATES.orderConfirmation, EMAIL_TEMPLATES.paidOrderConfirmation];
