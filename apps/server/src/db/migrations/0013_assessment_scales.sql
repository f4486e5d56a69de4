CREATE TABLE "assessment_scales" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"level_required" boolean NOT NULL,
	"follow_up_points" text[] NOT NULL,
	"levels" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "assessment_scales_municipality_id_key_pk" PRIMARY KEY("municipality_id","key")
);
--> statement-breakpoint
ALTER TABLE "plan_documents" ADD COLUMN "assessment_scale" jsonb;--> statement-breakpoint
-- Hand-written back-fill (before the old table goes): each municipality's levels become its one scale,
-- and every adopted follow-up keeps that scale as the one it was adopted with.
INSERT INTO "assessment_scales" ("municipality_id", "key", "name", "level_required", "follow_up_points", "levels", "sort_order")
SELECT "municipality_id", 'maluppfyllelse', 'Måluppfyllelse', true, '{}',
	jsonb_agg(jsonb_build_object('key', "key", 'label', "label", 'tone', "tone") ORDER BY "sort_order", "key"), 0
FROM "assessment_levels" GROUP BY "municipality_id";--> statement-breakpoint
UPDATE "plan_documents" AS d SET "assessment_scale" = jsonb_build_object(
	'key', s."key", 'name', s."name", 'levelRequired', s."level_required", 'levels', s."levels")
FROM "assessment_scales" AS s
WHERE s."municipality_id" = d."municipality_id" AND d."status" = 'adopted' AND d."document" <> 'plan';--> statement-breakpoint
ALTER TABLE "assessment_levels" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "assessment_levels" CASCADE;--> statement-breakpoint
ALTER TABLE "goal_assessments" ALTER COLUMN "level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_scales" ADD CONSTRAINT "assessment_scales_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;
