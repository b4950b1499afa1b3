-- Orders that already hold several open online attempts (possible before this index): every one
-- but the newest is closed as superseded, as a retry now does. Closing is our side only: should
-- the provider still report one paid, reconcile moves it forward (cancelled → paid) and the
-- duplicate is refunded automatically.
UPDATE "payments" AS "older" SET "status" = 'cancelled', "failure_code" = 'superseded', "failure_message" = 'Remplacé par une nouvelle tentative de paiement.', "updated_at" = now()
WHERE "older"."provider" IS NOT NULL AND "older"."status" IN ('created', 'pending')
  AND EXISTS (
    SELECT 1 FROM "payments" AS "newer"
    WHERE "newer"."order_id" = "older"."order_id" AND "newer"."provider" IS NOT NULL AND "newer"."status" IN ('created', 'pending')
      AND ("newer"."attempt", "newer"."created_at", "newer"."id") > ("older"."attempt", "older"."created_at", "older"."id")
  );
--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_open_online_attempt" ON "payments" USING btree ("order_id") WHERE "payments"."provider" is not null and "payments"."status" in ('created', 'pending');
