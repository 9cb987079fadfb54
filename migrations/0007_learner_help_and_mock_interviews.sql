CREATE TYPE "public"."help_kind" AS ENUM('hint', 'solution');--> statement-breakpoint
CREATE TABLE "mock_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"problem_slugs" text[] NOT NULL,
	"duration_minutes" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"report" jsonb
);
--> statement-breakpoint
CREATE TABLE "problem_help" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"problem_slug" text NOT NULL,
	"kind" "help_kind" NOT NULL,
	"rung" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mock_interviews" ADD CONSTRAINT "mock_interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_help" ADD CONSTRAINT "problem_help_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mock_interviews_user_started_idx" ON "mock_interviews" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mock_interviews_one_running_idx" ON "mock_interviews" USING btree ("user_id") WHERE "mock_interviews"."finished_at" is null;--> statement-breakpoint
CREATE INDEX "problem_help_user_problem_idx" ON "problem_help" USING btree ("user_id","problem_slug");