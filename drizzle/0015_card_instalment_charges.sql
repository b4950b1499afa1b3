DROP INDEX "payments_one_open_online_attempt";--> statement-breakpoint
ALTER TABLE "payment_links" ADD COLUMN "instalment_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "instalment_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "payment_links" ADD CONSTRAINT "payment_links_instalment_id_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."instalments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_instalment_plan_id_instalment_plans_id_fk" FOREIGN KEY ("instalment_plan_id") REFERENCES "public"."instalment_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_open_online_attempt" ON "payments" USING btree ("order_id") WHERE "payments"."provider" is not null and "payments"."status" in ('created', 'pending') and "payments"."instalment_plan_id" is null;