CREATE TABLE "finding_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"finding_index" integer NOT NULL,
	"pattern_id" text NOT NULL,
	"line" integer,
	"severity" text,
	"confidence" real,
	"message" text,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "finding_disputes" ADD CONSTRAINT "finding_disputes_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_disputes" ADD CONSTRAINT "finding_disputes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "finding_disputes_submission_finding_idx" ON "finding_disputes" USING btree ("submission_id","finding_index");--> statement-breakpoint
CREATE INDEX "finding_disputes_pattern_idx" ON "finding_disputes" USING btree ("pattern_id","created_at");