CREATE TABLE "withdrawal_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"refund_due_by" timestamp with time zone NOT NULL,
	"amount_cents" integer NOT NULL,
	"requested_by_type" text NOT NULL,
	"requested_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "withdrawal_requests" ADD CONSTRAINT "withdrawal_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "withdrawal_requests_order_unique" ON "withdrawal_requests" USING btree ("order_id");