CREATE TABLE "admin_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"request_key" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_csv_mappings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"header_signature" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_statement_import_lines" (
	"import_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"already_known" boolean NOT NULL,
	CONSTRAINT "bank_statement_import_lines_import_id_line_id_pk" PRIMARY KEY("import_id","line_id")
);
--> statement-breakpoint
CREATE TABLE "bank_statement_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"account_iban" text NOT NULL,
	"line_count" integer NOT NULL,
	"new_line_count" integer NOT NULL,
	"first_booked_on" date,
	"last_booked_on" date,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"account_iban" text NOT NULL,
	"line_key" text NOT NULL,
	"booked_on" date NOT NULL,
	"value_on" date,
	"amount_cents" integer NOT NULL,
	"label" text NOT NULL,
	"counterparty" text,
	"bank_reference" text,
	"matched_kind" text,
	"matched_id" text,
	"payment_id" uuid,
	"account_payment_id" uuid,
	"matched_by" uuid,
	"matched_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statement_lines_match_check" CHECK (("bank_statement_lines"."matched_at" is null) = ("bank_statement_lines"."matched_kind" is null))
);
--> statement-breakpoint
CREATE TABLE "deposit_slips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"deposited_on" date NOT NULL,
	"count" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deposit_slips_count_check" CHECK ("deposit_slips"."count" > 0),
	CONSTRAINT "deposit_slips_total_check" CHECK ("deposit_slips"."total_cents" > 0)
);
--> statement-breakpoint
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
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"shipped_on" date NOT NULL,
	"carrier" text NOT NULL,
	"carrier_name" text,
	"tracking_number" text,
	"tracking_url" text,
	"request_key" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "payments_one_open_online_attempt";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "resent_from_id" bigint;--> statement-breakpoint
ALTER TABLE "instalments" ADD COLUMN "deposit_slip_id" uuid;--> statement-breakpoint
ALTER TABLE "instalments" ADD COLUMN "account_payment_id" uuid;--> statement-breakpoint
ALTER TABLE "payment_links" ADD COLUMN "instalment_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "instalment_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "deposit_slip_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_by" uuid;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_csv_mappings" ADD CONSTRAINT "bank_csv_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_import_lines" ADD CONSTRAINT "bank_statement_import_lines_import_id_bank_statement_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."bank_statement_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_import_lines" ADD CONSTRAINT "bank_statement_import_lines_line_id_bank_statement_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."bank_statement_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD CONSTRAINT "bank_statement_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_import_id_bank_statement_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."bank_statement_imports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_account_payment_id_account_payments_id_fk" FOREIGN KEY ("account_payment_id") REFERENCES "public"."account_payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_matched_by_users_id_fk" FOREIGN KEY ("matched_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deposit_slips" ADD CONSTRAINT "deposit_slips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_email_id_email_outbox_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."email_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_actions_request_key_unique" ON "admin_actions" USING btree ("request_key");--> statement-breakpoint
CREATE INDEX "admin_actions_target_idx" ON "admin_actions" USING btree ("target","id");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_csv_mappings_signature_unique" ON "bank_csv_mappings" USING btree ("header_signature");--> statement-breakpoint
CREATE INDEX "bank_statement_import_lines_line_idx" ON "bank_statement_import_lines" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "bank_statement_imports_created_idx" ON "bank_statement_imports" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statement_lines_key_unique" ON "bank_statement_lines" USING btree ("account_iban","line_key");--> statement-breakpoint
CREATE INDEX "bank_statement_lines_open_idx" ON "bank_statement_lines" USING btree ("booked_on") WHERE "bank_statement_lines"."matched_at" is null and "bank_statement_lines"."amount_cents" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "deposit_slips_number_unique" ON "deposit_slips" USING btree ("number");--> statement-breakpoint
CREATE INDEX "deposit_slips_total_idx" ON "deposit_slips" USING btree ("total_cents","deposited_on");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_reminders_invoice_kind_unique" ON "invoice_reminders" USING btree ("invoice_id","kind") WHERE "invoice_reminders"."invoice_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_reminders_daily_unique" ON "invoice_reminders" USING btree ("kind","sent_on") WHERE "invoice_reminders"."invoice_id" is null;--> statement-breakpoint
CREATE INDEX "invoice_reminders_sent_idx" ON "invoice_reminders" USING btree ("sent_on");--> statement-breakpoint
CREATE INDEX "shipments_order_idx" ON "shipments" USING btree ("order_id","shipped_on");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_request_unique" ON "shipments" USING btree ("order_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_tracking_unique" ON "shipments" USING btree ("order_id","carrier","tracking_number") WHERE "shipments"."tracking_number" is not null;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_deposit_slip_id_deposit_slips_id_fk" FOREIGN KEY ("deposit_slip_id") REFERENCES "public"."deposit_slips"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_account_payment_id_account_payments_id_fk" FOREIGN KEY ("account_payment_id") REFERENCES "public"."account_payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_links" ADD CONSTRAINT "payment_links_instalment_id_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."instalments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_instalment_plan_id_instalment_plans_id_fk" FOREIGN KEY ("instalment_plan_id") REFERENCES "public"."instalment_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_deposit_slip_id_deposit_slips_id_fk" FOREIGN KEY ("deposit_slip_id") REFERENCES "public"."deposit_slips"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_payments_paid_at_idx" ON "account_payments" USING btree ("paid_at") WHERE "account_payments"."paid_at" is not null;--> statement-breakpoint
CREATE INDEX "email_outbox_status_idx" ON "email_outbox" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "instalments_slip_idx" ON "instalments" USING btree ("deposit_slip_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instalments_cheque_unique" ON "instalments" USING btree ("plan_id","cheque_number") WHERE "instalments"."cheque_number" is not null and "instalments"."status" <> 'bounced';--> statement-breakpoint
CREATE INDEX "order_events_accounting_idx" ON "order_events" USING btree ("created_at","id") WHERE ("order_events"."type" = 'status_changed' and "order_events"."to_status" in ('paid', 'on_account')) or "order_events"."type" = 'payment_refund_recorded';--> statement-breakpoint
CREATE INDEX "order_events_refunds_idx" ON "order_events" USING btree ("created_at") WHERE "order_events"."type" = 'payment_refund_recorded';--> statement-breakpoint
CREATE INDEX "payments_slip_idx" ON "payments" USING btree ("deposit_slip_id") WHERE "payments"."deposit_slip_id" is not null;--> statement-breakpoint
CREATE INDEX "payments_paid_at_idx" ON "payments" USING btree ("paid_at","id") WHERE "payments"."paid_at" is not null;--> statement-breakpoint
CREATE INDEX "payments_failed_idx" ON "payments" USING btree ("updated_at") WHERE "payments"."status" = 'failed';--> statement-breakpoint
CREATE INDEX "provider_events_outcome_idx" ON "provider_events" USING btree ("outcome","id");--> statement-breakpoint
CREATE INDEX "provider_events_provider_idx" ON "provider_events" USING btree ("provider","id");--> statement-breakpoint
CREATE INDEX "provider_events_ref_idx" ON "provider_events" USING btree ("provider_ref") WHERE "provider_events"."provider_ref" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_open_online_attempt" ON "payments" USING btree ("order_id") WHERE "payments"."provider" is not null and "payments"."status" in ('created', 'pending') and "payments"."instalment_plan_id" is null;