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
ALTER TABLE "email_outbox" ADD COLUMN "resent_from_id" bigint;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_by" uuid;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_actions_request_key_unique" ON "admin_actions" USING btree ("request_key");--> statement-breakpoint
CREATE INDEX "admin_actions_target_idx" ON "admin_actions" USING btree ("target","id");--> statement-breakpoint
CREATE INDEX "account_payments_paid_at_idx" ON "account_payments" USING btree ("paid_at") WHERE "account_payments"."paid_at" is not null;--> statement-breakpoint
CREATE INDEX "email_outbox_status_idx" ON "email_outbox" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "order_events_refunds_idx" ON "order_events" USING btree ("created_at") WHERE "order_events"."type" = 'payment_refund_recorded';--> statement-breakpoint
CREATE INDEX "payments_paid_at_idx" ON "payments" USING btree ("paid_at") WHERE "payments"."paid_at" is not null;--> statement-breakpoint
CREATE INDEX "payments_failed_idx" ON "payments" USING btree ("updated_at") WHERE "payments"."status" = 'failed';--> statement-breakpoint
CREATE INDEX "provider_events_outcome_idx" ON "provider_events" USING btree ("outcome","id");--> statement-breakpoint
CREATE INDEX "provider_events_provider_idx" ON "provider_events" USING btree ("provider","id");--> statement-breakpoint
CREATE INDEX "provider_events_ref_idx" ON "provider_events" USING btree ("provider_ref") WHERE "provider_events"."provider_ref" is not null;