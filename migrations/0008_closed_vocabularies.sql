CREATE TYPE "public"."explanation_depth" AS ENUM('eli5', 'intermediate', 'expert');--> statement-breakpoint
CREATE TYPE "public"."pattern_id" AS ENUM('inefficient-loop', 'missing-edge-case', 'missing-validation', 'off-by-one', 'suboptimal-complexity', 'wrong-data-structure');--> statement-breakpoint
CREATE TYPE "public"."severity" AS ENUM('critical', 'warning', 'info');--> statement-breakpoint
CREATE TYPE "public"."verdict" AS ENUM('accepted', 'wrong_answer', 'runtime_error', 'time_limit_exceeded', 'memory_limit_exceeded', 'output_limit_exceeded', 'syntax_error', 'rejected');--> statement-breakpoint
-- Added to the generated migration: values outside the new enums (nothing in this version writes
-- any; a hand or an older version could have) are mapped before the columns are converted, each
-- checked against the enum just created. A depth reads as the default; a verdict or severity as
-- unknown; a pattern's weakness row or dispute, of no detector there is, is dropped, and so is a
-- problem's unknown target pattern (the others keep their order).
UPDATE "users" SET "explanation_depth" = 'intermediate' WHERE "explanation_depth" NOT IN (SELECT unnest(enum_range(NULL::"public"."explanation_depth"))::text);--> statement-breakpoint
UPDATE "submissions" SET "verdict" = NULL WHERE "verdict" NOT IN (SELECT unnest(enum_range(NULL::"public"."verdict"))::text);--> statement-breakpoint
UPDATE "finding_disputes" SET "severity" = NULL WHERE "severity" NOT IN (SELECT unnest(enum_range(NULL::"public"."severity"))::text);--> statement-breakpoint
DELETE FROM "finding_disputes" WHERE "pattern_id" NOT IN (SELECT unnest(enum_range(NULL::"public"."pattern_id"))::text);--> statement-breakpoint
DELETE FROM "weakness_patterns" WHERE "pattern_id" NOT IN (SELECT unnest(enum_range(NULL::"public"."pattern_id"))::text);--> statement-breakpoint
UPDATE "problems" SET "target_patterns" = ARRAY(
  SELECT t.pattern FROM unnest("target_patterns") WITH ORDINALITY AS t(pattern, position)
  WHERE t.pattern IN (SELECT unnest(enum_range(NULL::"public"."pattern_id"))::text)
  ORDER BY t.position
) WHERE NOT ("target_patterns" <@ ARRAY(SELECT unnest(enum_range(NULL::"public"."pattern_id"))::text));--> statement-breakpoint
ALTER TABLE "finding_disputes" ALTER COLUMN "pattern_id" SET DATA TYPE "public"."pattern_id" USING "pattern_id"::"public"."pattern_id";--> statement-breakpoint
ALTER TABLE "finding_disputes" ALTER COLUMN "severity" SET DATA TYPE "public"."severity" USING "severity"::"public"."severity";--> statement-breakpoint
ALTER TABLE "problems" ALTER COLUMN "target_patterns" SET DEFAULT '{}'::"public"."pattern_id"[];--> statement-breakpoint
ALTER TABLE "problems" ALTER COLUMN "target_patterns" SET DATA TYPE "public"."pattern_id"[] USING "target_patterns"::"public"."pattern_id"[];--> statement-breakpoint
ALTER TABLE "submissions" ALTER COLUMN "verdict" SET DATA TYPE "public"."verdict" USING "verdict"::"public"."verdict";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "explanation_depth" SET DEFAULT 'intermediate'::"public"."explanation_depth";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "explanation_depth" SET DATA TYPE "public"."explanation_depth" USING "explanation_depth"::"public"."explanation_depth";--> statement-breakpoint
ALTER TABLE "weakness_patterns" ALTER COLUMN "pattern_id" SET DATA TYPE "public"."pattern_id" USING "pattern_id"::"public"."pattern_id";
