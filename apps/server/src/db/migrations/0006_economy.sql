CREATE TABLE "department_forecasts" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"department_key" text NOT NULL,
	"month" integer NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "department_forecasts_pk" PRIMARY KEY("municipality_id","committee_id","year","department_key","month"),
	CONSTRAINT "department_forecasts_month_check" CHECK ("department_forecasts"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "economy_departments" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL,
	"result_budget" bigint,
	"result_actual" bigint,
	"grant_budget" bigint,
	"comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "economy_departments_pk" PRIMARY KEY("municipality_id","committee_id","year","key")
);
--> statement-breakpoint
CREATE TABLE "grant_adjustments" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"department_key" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "grant_adjustments_pk" PRIMARY KEY("municipality_id","committee_id","year","month","department_key"),
	CONSTRAINT "grant_adjustments_month_check" CHECK ("grant_adjustments"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "grant_rounds" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"reason" text NOT NULL,
	"decision_amount" bigint,
	CONSTRAINT "grant_rounds_pk" PRIMARY KEY("municipality_id","committee_id","year","month"),
	CONSTRAINT "grant_rounds_month_check" CHECK ("grant_rounds"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "statement_amounts" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"line_key" text NOT NULL,
	"year" integer NOT NULL,
	"column" text NOT NULL,
	"month" integer DEFAULT 0 NOT NULL,
	"amount" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "statement_amounts_pk" PRIMARY KEY("municipality_id","committee_id","line_key","year","column","month"),
	CONSTRAINT "statement_amounts_month_check" CHECK (("statement_amounts"."column" = 'forecast' and "statement_amounts"."month" between 1 and 12) or ("statement_amounts"."column" <> 'forecast' and "statement_amounts"."month" = 0))
);
--> statement-breakpoint
CREATE TABLE "statement_lines" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer NOT NULL,
	"sum_of" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "statement_lines_pk" PRIMARY KEY("municipality_id","key")
);
--> statement-breakpoint
CREATE TABLE "central_items" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sort_order" integer NOT NULL,
	"name" text NOT NULL,
	"actual" bigint,
	"budget" bigint,
	"comment" text,
	CONSTRAINT "central_items_pk" PRIMARY KEY("municipality_id","committee_id","year","sort_order")
);
--> statement-breakpoint
CREATE TABLE "equity_assessments" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"decided_level" bigint,
	"proposed_level" bigint,
	"assessment" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "equity_assessments_pk" PRIMARY KEY("municipality_id","committee_id","year")
);
--> statement-breakpoint
CREATE TABLE "state_grants" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sort_order" integer NOT NULL,
	"name" text NOT NULL,
	"amount" bigint NOT NULL,
	"code" text,
	"grantor" text NOT NULL,
	CONSTRAINT "state_grants_pk" PRIMARY KEY("municipality_id","committee_id","year","sort_order")
);
--> statement-breakpoint
CREATE TABLE "key_figure_rows" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"table_key" text NOT NULL,
	"position" integer NOT NULL,
	"heading" text,
	"indicator_id" uuid,
	"show_change" boolean DEFAULT false NOT NULL,
	CONSTRAINT "key_figure_rows_pk" PRIMARY KEY("municipality_id","committee_id","year","table_key","position"),
	CONSTRAINT "key_figure_rows_kind_check" CHECK (("key_figure_rows"."heading" is null) <> ("key_figure_rows"."indicator_id" is null))
);
--> statement-breakpoint
CREATE TABLE "key_figure_tables" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "key_figure_tables_pk" PRIMARY KEY("municipality_id","committee_id","year","key")
);
--> statement-breakpoint
CREATE TABLE "significant_deviations" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"follow_up" text NOT NULL,
	"key" text NOT NULL,
	"sort_order" integer NOT NULL,
	"title" text NOT NULL,
	"cause" text,
	"consequences_for_clients" text,
	"consequences_for_organisation" text,
	"economic_consequences" text,
	"measures" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "significant_deviations_pk" PRIMARY KEY("municipality_id","committee_id","year","follow_up","key")
);
--> statement-breakpoint
ALTER TABLE "department_forecasts" ADD CONSTRAINT "department_forecasts_department_fk" FOREIGN KEY ("municipality_id","committee_id","year","department_key") REFERENCES "public"."economy_departments"("municipality_id","committee_id","year","key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "economy_departments" ADD CONSTRAINT "economy_departments_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_adjustments" ADD CONSTRAINT "grant_adjustments_department_fk" FOREIGN KEY ("municipality_id","committee_id","year","department_key") REFERENCES "public"."economy_departments"("municipality_id","committee_id","year","key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_rounds" ADD CONSTRAINT "grant_rounds_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amounts" ADD CONSTRAINT "statement_amounts_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amounts" ADD CONSTRAINT "statement_amounts_line_fk" FOREIGN KEY ("municipality_id","line_key") REFERENCES "public"."statement_lines"("municipality_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "central_items" ADD CONSTRAINT "central_items_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equity_assessments" ADD CONSTRAINT "equity_assessments_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_grants" ADD CONSTRAINT "state_grants_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_rows" ADD CONSTRAINT "key_figure_rows_table_fk" FOREIGN KEY ("municipality_id","committee_id","year","table_key") REFERENCES "public"."key_figure_tables"("municipality_id","committee_id","year","key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_rows" ADD CONSTRAINT "key_figure_rows_indicator_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_tables" ADD CONSTRAINT "key_figure_tables_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "significant_deviations" ADD CONSTRAINT "significant_deviations_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;