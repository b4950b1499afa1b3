ALTER TABLE "provider_events" ADD COLUMN "resource_id" text;--> statement-breakpoint
ALTER TABLE "provider_events" ADD COLUMN "source_ip" text;--> statement-breakpoint
ALTER TABLE "provider_events" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "provider_events" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "provider_events" ADD COLUMN "alerted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "provider_events_due_idx" ON "provider_events" USING btree ("next_attempt_at") WHERE "provider_events"."next_attempt_at" is not null;--> statement-breakpoint
CREATE INDEX "provider_events_resource_idx" ON "provider_events" USING btree ("provider","resource_id") WHERE "provider_events"."resource_id" is not null;--> statement-breakpoint
CREATE INDEX "provider_events_not_ours_idx" ON "provider_events" USING btree ("source_ip","received_at") WHERE "provider_events"."outcome" = 'not_ours';--> statement-breakpoint
CREATE INDEX "provider_events_received_idx" ON "provider_events" USING btree ("received_at");