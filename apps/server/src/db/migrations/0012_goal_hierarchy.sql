CREATE TABLE "assignment_goals" (
	"municipality_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assignment_goals_municipality_id_assignment_id_goal_id_pk" PRIMARY KEY("municipality_id","assignment_id","goal_id")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "labels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "parent_goal_id" uuid;--> statement-breakpoint
ALTER TABLE "assignment_goals" ADD CONSTRAINT "assignment_goals_municipality_id_assignment_id_assignments_municipality_id_id_fk" FOREIGN KEY ("municipality_id","assignment_id") REFERENCES "public"."assignments"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_goals" ADD CONSTRAINT "assignment_goals_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_goals_goal_idx" ON "assignment_goals" USING btree ("municipality_id","goal_id");--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_fk" FOREIGN KEY ("municipality_id","parent_goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_check" CHECK ("goals"."parent_goal_id" is null or "goals"."parent_goal_id" <> "goals"."id");