CREATE TABLE "control_activities" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"key" text NOT NULL,
	"what" text NOT NULL,
	"method" text,
	"frequency" text,
	"responsible" text,
	"report_when" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "control_activities_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "control_activities_key_unique" UNIQUE("municipality_id","risk_id","key")
);
--> statement-breakpoint
CREATE TABLE "control_results" (
	"municipality_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"performed_on" date,
	"findings" text,
	"deviations" integer,
	"assessment" text,
	"actions_decided" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "control_results_municipality_id_activity_id_pk" PRIMARY KEY("municipality_id","activity_id"),
	CONSTRAINT "control_results_deviations_check" CHECK ("control_results"."deviations" is null or "control_results"."deviations" >= 0)
);
--> statement-breakpoint
CREATE TABLE "risk_areas" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "risk_areas_municipality_id_key_pk" PRIMARY KEY("municipality_id","key")
);
--> statement-breakpoint
CREATE TABLE "risk_scale_steps" (
	"municipality_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"value" integer NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "risk_scale_steps_municipality_id_dimension_value_pk" PRIMARY KEY("municipality_id","dimension","value"),
	CONSTRAINT "risk_scale_steps_dimension_check" CHECK ("risk_scale_steps"."dimension" in ('probability', 'consequence')),
	CONSTRAINT "risk_scale_steps_value_check" CHECK ("risk_scale_steps"."value" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"node_id" uuid NOT NULL,
	"area_key" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"consequence_description" text,
	"probability" integer NOT NULL,
	"consequence" integer NOT NULL,
	"previous_probability" integer,
	"previous_consequence" integer,
	"owner" text,
	"source" text DEFAULT 'own' NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"goal_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"raised_to_node_id" uuid,
	"selected" boolean DEFAULT false NOT NULL,
	"selection_reason" text,
	"to_control_plan" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "risks_key_unique" UNIQUE("municipality_id","committee_id","year","key"),
	CONSTRAINT "risks_source_check" CHECK ("risks"."source" in ('own', 'audit', 'incident')),
	CONSTRAINT "risks_control_plan_check" CHECK ("risks"."selected" or not "risks"."to_control_plan")
);
--> statement-breakpoint
ALTER TABLE "control_activities" ADD CONSTRAINT "control_activities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_activities" ADD CONSTRAINT "control_activities_municipality_id_risk_id_risks_municipality_id_id_fk" FOREIGN KEY ("municipality_id","risk_id") REFERENCES "public"."risks"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_results" ADD CONSTRAINT "control_results_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_results" ADD CONSTRAINT "control_results_municipality_id_activity_id_control_activities_municipality_id_id_fk" FOREIGN KEY ("municipality_id","activity_id") REFERENCES "public"."control_activities"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_areas" ADD CONSTRAINT "risk_areas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_scale_steps" ADD CONSTRAINT "risk_scale_steps_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_municipality_id_node_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","node_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_municipality_id_raised_to_node_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","raised_to_node_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_municipality_id_area_key_risk_areas_municipality_id_key_fk" FOREIGN KEY ("municipality_id","area_key") REFERENCES "public"."risk_areas"("municipality_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risks_year_idx" ON "risks" USING btree ("municipality_id","committee_id","year");