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
  /** A later part of a card instalment plan refused for good: a link to pay that part. */
  instalmentFailed: "instalment-failed",
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
  /** Before an invoice's due date (courtesy), then dunning after it: what is due and a link to pay (job invoice-reminders). */
  invoiceReminder: "invoice-reminder",
  /** To the shop's admins, once a day at most: instalment cheques in hand whose deposit date has come. */
  chequesToDeposit: "cheques-to-deposit",
  /** Credit held by a pro's account paid back to it (transfer or cheque made by the shop). */
  creditRefunded: "credit-refunded",
  /** A credit note (avoir) issued on an invoice: what it corrects and where its amount goes. */
  creditNoteIssued: "credit-note-issued",
  /** A parcel of the order left (back-office « Expédier »), with its tracking link. */
  orderShipped: "order-shipped",
  /** Money given back to the customer: through PayPlug or PayPal, or by transfer or cheque made by the shop. */
  refundMade: "refund-made",
  /** An order paid in several cheques: the admin changed its schedule before the cheques came. */
  instalmentsRescheduled: "instalments-rescheduled",
  /** Asked for on the readiness page (/admin/configuration): proves the SMTP settings deliver. */
  testEmail: "test-email",
  /** « Mot de passe oublié ? »: a single-use link to choose a new password. */
  passwordReset: "password-reset",
  /** An admin account created by another admin: the link to choose its first password. */
  adminInvitation: "admin-invitation",
  /** A consumer withdrew from an order: the acknowledgement, with the date and the refund's deadline. */
  withdrawalReceived: "withdrawal-received",
} as const;

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[keyof typeof EMAIL_TEMPLATES];

/** The e-mails that confirm an order to its customer. */
export const ORDER_CONFIRMATION_TEMPLATES: readonly EmailTemplate[] = [EMAIL_TEMPLATES.orderConfirmation, EMAIL_TEMPLATES.paidOrderConfirmation];
