CREATE TABLE "invoice_reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"invoice_id" uuid,
	"kind" text NOT NULL,
	"sent_on" date NOT NULL,
	"days_late" integer,
	"amount_cents" integer NOT NULL,
	"to_address" text NOT NULL,
	"email_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_reminders_kind_check" CHECK ("invoice_reminders"."kind" in ('courtesy','dunning_1','dunning_2','dunning_3','cheques_to_deposit')),
	CONSTRAINT "invoice_reminders_target_check" CHECK (("invoice_reminders"."invoice_id" is null) = ("invoice_reminders"."kind" = 'cheques_to_deposit'))
);
--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_email_id_email_outbox_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."email_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_reminders_invoice_kind_unique" ON "invoice_reminders" USING btree ("invoice_id","kind") WHERE "invoice_reminders"."invoice_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_reminders_daily_unique" ON "invoice_reminders" USING btree ("kind","sent_on") WHERE "invoice_reminders"."invoice_id" is null;--> statement-breakpoint
CREATE INDEX "invoice_reminders_sent_idx" ON "invoice_reminders" USING btree ("sent_on");