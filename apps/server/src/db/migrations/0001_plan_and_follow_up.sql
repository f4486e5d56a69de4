CREATE TABLE "assignment_reports" (
	"municipality_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"follow_up" text NOT NULL,
	"status" text NOT NULL,
	"proposed_closed" boolean DEFAULT false NOT NULL,
	"comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assignment_reports_municipality_id_assignment_id_year_follow_up_pk" PRIMARY KEY("municipality_id","assignment_id","year","follow_up"),
	CONSTRAINT "assignment_reports_status_check" CHECK ("assignment_reports"."status" in ('notStarted', 'ongoing', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "assignment_years" (
	"municipality_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"plan_text" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"carried_over" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assignment_years_municipality_id_assignment_id_year_pk" PRIMARY KEY("municipality_id","assignment_id","year")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"source" text NOT NULL,
	"decision_reference" text,
	"year_given" integer NOT NULL,
	"also_given_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"coordinated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "assignments_key_unique" UNIQUE("municipality_id","committee_id","key"),
	CONSTRAINT "assignments_source_check" CHECK ("assignments"."source" in ('budget', 'council', 'committee', 'director'))
);
--> statement-breakpoint
CREATE TABLE "goal_indicators" (
	"municipality_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "goal_indicators_municipality_id_goal_id_indicator_id_pk" PRIMARY KEY("municipality_id","goal_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"municipality_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"value" numeric,
	"relation" text,
	"base_year" integer,
	"yes_no" text,
	CONSTRAINT "indicator_targets_municipality_id_indicator_id_year_pk" PRIMARY KEY("municipality_id","indicator_id","year"),
	CONSTRAINT "indicator_targets_shape_check" CHECK (("indicator_targets"."kind" = 'numeric' and "indicator_targets"."value" is not null)
        or ("indicator_targets"."kind" = 'relative' and "indicator_targets"."relation" is not null and "indicator_targets"."base_year" is not null)
        or ("indicator_targets"."kind" = 'yesNo' and "indicator_targets"."yes_no" is not null))
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"municipality_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"gender" text DEFAULT 'T' NOT NULL,
	"value" numeric,
	"note" text,
	CONSTRAINT "indicator_values_municipality_id_indicator_id_year_period_gender_pk" PRIMARY KEY("municipality_id","indicator_id","year","period","gender")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer NOT NULL,
	"direction" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_reference" text,
	"definition" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "indicators_key_unique" UNIQUE("municipality_id","committee_id","key"),
	CONSTRAINT "indicators_decimals_check" CHECK ("indicators"."decimals" between 0 and 6)
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"owner_node_id" uuid,
	"due" date,
	"status" text DEFAULT 'notStarted' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "activities_key_unique" UNIQUE("municipality_id","goal_id","key"),
	CONSTRAINT "activities_status_check" CHECK ("activities"."status" in ('notStarted', 'ongoing', 'done'))
);
--> statement-breakpoint
CREATE TABLE "goal_areas" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"responsible" text,
	"process_lead" text,
	"programmes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_areas_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "goal_areas_key_unique" UNIQUE("municipality_id","committee_id","year","key")
);
--> statement-breakpoint
CREATE TABLE "goal_assessments" (
	"municipality_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"level" text NOT NULL,
	"analysis" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_assessments_municipality_id_goal_id_document_id_pk" PRIMARY KEY("municipality_id","goal_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"goal_area_id" uuid,
	"focus" text,
	"plan_text" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "goals_key_unique" UNIQUE("municipality_id","committee_id","year","key"),
	CONSTRAINT "goals_kind_check" CHECK ("goals"."kind" in ('kfOrganisation', 'kfActivity', 'kfCommittee', 'committee'))
);
--> statement-breakpoint
CREATE TABLE "plan_documents" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"document" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_date" date,
	"decision_paragraph" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_documents_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "plan_documents_unique" UNIQUE("municipality_id","committee_id","year","document"),
	CONSTRAINT "plan_documents_status_check" CHECK ("plan_documents"."status" in ('draft', 'review', 'adopted')),
	CONSTRAINT "plan_documents_decision_check" CHECK ("plan_documents"."status" <> 'adopted' or ("plan_documents"."decision_date" is not null and "plan_documents"."decision_paragraph" is not null))
);
--> statement-breakpoint
CREATE TABLE "assessment_levels" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"tone" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "assessment_levels_municipality_id_key_pk" PRIMARY KEY("municipality_id","key"),
	CONSTRAINT "assessment_levels_label_unique" UNIQUE("municipality_id","label"),
	CONSTRAINT "assessment_levels_tone_check" CHECK ("assessment_levels"."tone" in ('good', 'partial', 'bad', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "follow_up_points" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"month" integer NOT NULL,
	CONSTRAINT "follow_up_points_municipality_id_key_pk" PRIMARY KEY("municipality_id","key"),
	CONSTRAINT "follow_up_points_month_check" CHECK ("follow_up_points"."month" between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "assignment_reports" ADD CONSTRAINT "assignment_reports_municipality_id_assignment_id_year_assignment_years_municipality_id_assignment_id_year_fk" FOREIGN KEY ("municipality_id","assignment_id","year") REFERENCES "public"."assignment_years"("municipality_id","assignment_id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_years" ADD CONSTRAINT "assignment_years_municipality_id_assignment_id_assignments_municipality_id_id_fk" FOREIGN KEY ("municipality_id","assignment_id") REFERENCES "public"."assignments"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_indicators" ADD CONSTRAINT "goal_indicators_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_indicators" ADD CONSTRAINT "goal_indicators_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_owner_node_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","owner_node_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_areas" ADD CONSTRAINT "goal_areas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_areas" ADD CONSTRAINT "goal_areas_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_document_id_plan_documents_municipality_id_id_fk" FOREIGN KEY ("municipality_id","document_id") REFERENCES "public"."plan_documents"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_goal_area_id_goal_areas_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_area_id") REFERENCES "public"."goal_areas"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_levels" ADD CONSTRAINT "assessment_levels_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_points" ADD CONSTRAINT "follow_up_points_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_assessments_document_idx" ON "goal_assessments" USING btree ("municipality_id","document_id");