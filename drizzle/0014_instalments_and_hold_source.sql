CREATE TABLE "instalment_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"count" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"provider_ref" text,
	"provider_live" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instalment_plans_count_check" CHECK ("instalment_plans"."count" between 2 and 4),
	CONSTRAINT "instalment_plans_total_check" CHECK ("instalment_plans"."total_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"due_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" text DEFAULT 'expected' NOT NULL,
	"cheque_drawer" text,
	"cheque_bank" text,
	"cheque_number" text,
	"received_on" date,
	"deposited_on" date,
	"settled_on" date,
	"payment_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instalments_amount_check" CHECK ("instalments"."amount_cents" > 0),
	CONSTRAINT "instalments_position_check" CHECK ("instalments"."position" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "pro_accounts" ADD COLUMN "hold_source" text;--> statement-breakpoint
ALTER TABLE "instalment_plans" ADD CONSTRAINT "instalment_plans_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_plan_id_instalment_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."instalment_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instalment_plans_order_unique" ON "instalment_plans" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instalment_plans_provider_ref_unique" ON "instalment_plans" USING btree ("provider_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "instalments_plan_position_unique" ON "instalments" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "instalments_due_idx" ON "instalments" USING btree ("status","due_on");