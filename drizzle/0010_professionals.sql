CREATE TABLE "account_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"pro_account_id" uuid NOT NULL,
	"method" text NOT NULL,
	"provider" text,
	"provider_ref" text,
	"provider_live" boolean,
	"status" text DEFAULT 'created' NOT NULL,
	"amount_cents" integer NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"redirect_url" text,
	"transaction_id" text,
	"card_brand" text,
	"card_last4" text,
	"failure_code" text,
	"failure_message" text,
	"offline_reference" text,
	"received_on" date,
	"recorded_by" uuid,
	"provider_data" jsonb,
	"paid_at" timestamp with time zone,
	"request_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_payments_amount_check" CHECK ("account_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "document_sequences" (
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "document_sequences_kind_year_pk" PRIMARY KEY("kind","year")
);
--> statement-breakpoint
CREATE TABLE "invoice_allocations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"invoice_id" uuid NOT NULL,
	"account_payment_id" uuid,
	"credit_note_id" uuid,
	"amount_cents" integer NOT NULL,
	"applied" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_allocations_amount_check" CHECK ("invoice_allocations"."amount_cents" > 0),
	CONSTRAINT "invoice_allocations_source_check" CHECK (("invoice_allocations"."account_payment_id" is null) <> ("invoice_allocations"."credit_note_id" is null))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"order_id" uuid NOT NULL,
	"pro_account_id" uuid,
	"corrects_invoice_id" uuid,
	"issue_date" date NOT NULL,
	"due_date" date,
	"total_cents" integer NOT NULL,
	"net_cents" integer NOT NULL,
	"vat_cents" integer NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"settled_at" timestamp with time zone,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_kind_check" CHECK ("invoices"."kind" in ('invoice','credit_note')),
	CONSTRAINT "invoices_amounts_check" CHECK ("invoices"."total_cents" = "invoices"."net_cents" + "invoices"."vat_cents" and "invoices"."paid_cents" >= 0 and "invoices"."paid_cents" <= "invoices"."total_cents")
);
--> statement-breakpoint
CREATE TABLE "pro_account_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pro_account_id" uuid NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"type" text NOT NULL,
	"reason" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pro_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"company_name" text NOT NULL,
	"country" text NOT NULL,
	"siret" text,
	"siren" text,
	"vat_number" text,
	"registration_number" text,
	"billing_address" jsonb NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"phone" text NOT NULL,
	"terms_kind" text DEFAULT 'net' NOT NULL,
	"terms_days" integer DEFAULT 30 NOT NULL,
	"credit_limit_cents" integer DEFAULT 0 NOT NULL,
	"cheque_instalments_allowed" boolean DEFAULT false NOT NULL,
	"on_hold" boolean DEFAULT false NOT NULL,
	"hold_reason" text,
	"rejection_reason" text,
	"credit_cents" integer DEFAULT 0 NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pro_accounts_status_check" CHECK ("pro_accounts"."status" in ('pending','approved','rejected')),
	CONSTRAINT "pro_accounts_terms_check" CHECK (("pro_accounts"."terms_kind" = 'net' and "pro_accounts"."terms_days" between 0 and 60) or ("pro_accounts"."terms_kind" = 'net_eom' and "pro_accounts"."terms_days" between 0 and 45)),
	CONSTRAINT "pro_accounts_money_check" CHECK ("pro_accounts"."credit_limit_cents" >= 0 and "pro_accounts"."credit_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "vat_exemption" text;--> statement-breakpoint
ALTER TABLE "account_payments" ADD CONSTRAINT "account_payments_pro_account_id_pro_accounts_id_fk" FOREIGN KEY ("pro_account_id") REFERENCES "public"."pro_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_payments" ADD CONSTRAINT "account_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_allocations" ADD CONSTRAINT "invoice_allocations_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_allocations" ADD CONSTRAINT "invoice_allocations_account_payment_id_account_payments_id_fk" FOREIGN KEY ("account_payment_id") REFERENCES "public"."account_payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_allocations" ADD CONSTRAINT "invoice_allocations_credit_note_id_invoices_id_fk" FOREIGN KEY ("credit_note_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_pro_account_id_pro_accounts_id_fk" FOREIGN KEY ("pro_account_id") REFERENCES "public"."pro_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_corrects_invoice_id_invoices_id_fk" FOREIGN KEY ("corrects_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_account_events" ADD CONSTRAINT "pro_account_events_pro_account_id_pro_accounts_id_fk" FOREIGN KEY ("pro_account_id") REFERENCES "public"."pro_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_accounts" ADD CONSTRAINT "pro_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_accounts" ADD CONSTRAINT "pro_accounts_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_payments_reference_unique" ON "account_payments" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "account_payments_request_key_unique" ON "account_payments" USING btree ("request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "account_payments_offline_unique" ON "account_payments" USING btree ("pro_account_id","method","offline_reference") WHERE "account_payments"."offline_reference" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "account_payments_provider_ref_unique" ON "account_payments" USING btree ("provider","provider_ref");--> statement-breakpoint
CREATE INDEX "account_payments_account_idx" ON "account_payments" USING btree ("pro_account_id","created_at");--> statement-breakpoint
CREATE INDEX "account_payments_pending_idx" ON "account_payments" USING btree ("status") WHERE "account_payments"."status" in ('created','pending');--> statement-breakpoint
CREATE INDEX "invoice_allocations_invoice_idx" ON "invoice_allocations" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "invoice_allocations_payment_idx" ON "invoice_allocations" USING btree ("account_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_unique" ON "invoices" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_series_unique" ON "invoices" USING btree ("kind","year","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_per_order" ON "invoices" USING btree ("order_id") WHERE "invoices"."kind" = 'invoice';--> statement-breakpoint
CREATE INDEX "invoices_account_idx" ON "invoices" USING btree ("pro_account_id","issue_date");--> statement-breakpoint
CREATE INDEX "invoices_open_idx" ON "invoices" USING btree ("due_date") WHERE "invoices"."kind" = 'invoice' and "invoices"."settled_at" is null;--> statement-breakpoint
CREATE INDEX "pro_account_events_account_idx" ON "pro_account_events" USING btree ("pro_account_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "pro_accounts_user_unique" ON "pro_accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "pro_accounts_status_idx" ON "pro_accounts" USING btree ("status","created_at");