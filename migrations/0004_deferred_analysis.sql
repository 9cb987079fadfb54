ALTER TABLE "submissions" ADD COLUMN "analyzed_at" timestamp with time zone;--> statement-breakpoint
-- Rows judged before this migration were analyzed in full before they were stored.
UPDATE "submissions" SET "analyzed_at" = "created_at" WHERE "status" = 'judged';--> statement-breakpoint
CREATE INDEX "submissions_pending_idx" ON "submissions" USING btree ("created_at") WHERE "submissions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "submissions_unanalyzed_idx" ON "submissions" USING btree ("created_at") WHERE "submissions"."status" = 'judged' and "submissions"."analyzed_at" is null;
