ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_role_check";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "committee_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_log_committee_idx" ON "audit_log" USING btree ("municipality_id","committee_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("municipality_id","actor_id","id");--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_role_check" CHECK ("role_grants"."role" in ('reader', 'reporter', 'controller', 'member', 'admin', 'auditor'));--> statement-breakpoint
-- Rows written before the column: the committee named at the start of the object's id, or of the object itself.
UPDATE "audit_log" AS a SET "committee_id" = n."id" FROM "org_nodes" AS n
WHERE a."committee_id" IS NULL AND n."municipality_id" = a."municipality_id" AND n."kind" = 'committee'
  AND left(a."entity_id", 36) = n."id"::text AND substr(a."entity_id", 37, 1) IN (':', '/');--> statement-breakpoint
UPDATE "audit_log" AS a SET "committee_id" = o."committee_id" FROM "goals" AS o
WHERE a."committee_id" IS NULL AND a."entity_type" IN ('goal', 'goal_assessment')
  AND o."municipality_id" = a."municipality_id" AND o."id"::text = split_part(a."entity_id", ':', 1);--> statement-breakpoint
UPDATE "audit_log" AS a SET "committee_id" = o."committee_id" FROM "assignments" AS o
WHERE a."committee_id" IS NULL AND a."entity_type" = 'assignment_report'
  AND o."municipality_id" = a."municipality_id" AND o."id"::text = split_part(a."entity_id", ':', 1);--> statement-breakpoint
UPDATE "audit_log" AS a SET "committee_id" = o."committee_id" FROM "indicators" AS o
WHERE a."committee_id" IS NULL AND a."entity_type" = 'indicator_value'
  AND o."municipality_id" = a."municipality_id" AND o."id"::text = a."entity_id";--> statement-breakpoint
UPDATE "audit_log" AS a SET "committee_id" = o."committee_id" FROM "risks" AS o
WHERE a."committee_id" IS NULL AND a."entity_type" = 'risk'
  AND o."municipality_id" = a."municipality_id" AND o."id"::text = a."entity_id";--> statement-breakpoint
UPDATE "audit_log" AS a SET "committee_id" = o."committee_id" FROM "plan_documents" AS o
WHERE a."committee_id" IS NULL AND a."entity_type" IN ('plan_document', 'follow_up_part')
  AND o."municipality_id" = a."municipality_id" AND o."id"::text = split_part(a."entity_id", ':', 1);
