CREATE TABLE "statement_tables" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"sort_order" integer NOT NULL,
	"columns" jsonb,
	CONSTRAINT "statement_tables_pk" PRIMARY KEY("municipality_id","key")
);
--> statement-breakpoint
CREATE TABLE "investments" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"sort_order" integer NOT NULL,
	"name" text NOT NULL,
	"budget" bigint,
	"actual" bigint,
	"forecast" bigint,
	"comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "investments_pk" PRIMARY KEY("municipality_id","committee_id","year","key")
);
--> statement-breakpoint
ALTER TABLE "statement_amounts" DROP CONSTRAINT "statement_amounts_month_check";--> statement-breakpoint
ALTER TABLE "statement_lines" ADD COLUMN "table_key" text DEFAULT 'resultatrakning' NOT NULL;--> statement-breakpoint
ALTER TABLE "statement_lines" ADD COLUMN "subtract" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "statement_tables" ADD CONSTRAINT "statement_tables_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_committee_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written back-fill: every municipality's existing lines become its one table, the resultaträkning.
INSERT INTO "statement_tables" ("municipality_id", "key", "title", "sort_order", "columns")
SELECT DISTINCT "municipality_id", 'resultatrakning', 'Resultaträkning', 0, NULL::jsonb FROM "statement_lines";--> statement-breakpoint
ALTER TABLE "statement_lines" ADD CONSTRAINT "statement_lines_table_fk" FOREIGN KEY ("municipality_id","table_key") REFERENCES "public"."statement_tables"("municipality_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amounts" ADD CONSTRAINT "statement_amounts_month_check" CHECK (("statement_amounts"."column" = 'forecast' and "statement_amounts"."month" between 1 and 12) or ("statement_amounts"."column" = 'actual' and "statement_amounts"."month" between 0 and 12) or ("statement_amounts"."column" not in ('forecast', 'actual') and "statement_amounts"."month" = 0));