CREATE TABLE "action_follow_ups" (
	"municipality_id" uuid NOT NULL,
	"action_plan_id" uuid NOT NULL,
	"action_key" text NOT NULL,
	"follow_up" text NOT NULL,
	"status" text NOT NULL,
	"comment" text,
	CONSTRAINT "action_follow_ups_municipality_id_action_plan_id_action_key_follow_up_pk" PRIMARY KEY("municipality_id","action_plan_id","action_key","follow_up"),
	CONSTRAINT "action_follow_ups_status_check" CHECK ("action_follow_ups"."status" in ('notStarted', 'ongoing', 'done'))
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"municipality_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"partner" text,
	"period_from" date,
	"period_to" date,
	"purpose" text,
	"funders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"focus_areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plans_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "action_plans_key_unique" UNIQUE("municipality_id","committee_id","year","key")
);
--> statement-breakpoint
ALTER TABLE "action_follow_ups" ADD CONSTRAINT "action_follow_ups_municipality_id_action_plan_id_action_plans_municipality_id_id_fk" FOREIGN KEY ("municipality_id","action_plan_id") REFERENCES "public"."action_plans"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plans_year_idx" ON "action_plans" USING btree ("municipality_id","committee_id","year");