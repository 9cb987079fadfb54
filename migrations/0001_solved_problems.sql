CREATE TABLE "solved_problems" (
	"user_id" uuid NOT NULL,
	"problem_slug" text NOT NULL,
	"first_solved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solved_problems_user_id_problem_slug_pk" PRIMARY KEY("user_id","problem_slug")
);
--> statement-breakpoint
ALTER TABLE "solved_problems" ADD CONSTRAINT "solved_problems_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;