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
ALTER TABLE "instalments" ADD COLUMN "deposit_slip_id" uuid;--> statement-breakpoint
ALTER TABLE "instalments" ADD COLUMN "account_payment_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "deposit_slip_id" uuid;--> statement-breakpoint
ALTER TABLE "deposit_slips" ADD CONSTRAINT "deposit_slips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deposit_slips_number_unique" ON "deposit_slips" USING btree ("number");--> statement-breakpoint
CREATE INDEX "deposit_slips_total_idx" ON "deposit_slips" USING btree ("total_cents","deposited_on");--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_deposit_slip_id_deposit_slips_id_fk" FOREIGN KEY ("deposit_slip_id") REFERENCES "public"."deposit_slips"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_account_payment_id_account_payments_id_fk" FOREIGN KEY ("account_payment_id") REFERENCES "public"."account_payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_deposit_slip_id_deposit_slips_id_fk" FOREIGN KEY ("deposit_slip_id") REFERENCES "public"."deposit_slips"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instalments_slip_idx" ON "instalments" USING btree ("deposit_slip_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instalments_cheque_unique" ON "instalments" USING btree ("plan_id","cheque_number") WHERE "instalments"."cheque_number" is not null and "instalments"."status" <> 'bounced';--> statement-breakpoint
CREATE INDEX "payments_slip_idx" ON "payments" USING btree ("deposit_slip_id") WHERE "payments"."deposit_slip_id" is not null;