ALTER TABLE "email_outbox" ADD COLUMN "body_redacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "access_token_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "email_outbox_unredacted_idx" ON "email_outbox" USING btree ("id") WHERE "email_outbox"."status" = 'sent' and "email_outbox"."body_redacted_at" is null;