CREATE TABLE "indicator_units" (
	"municipality_id" uuid NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer NOT NULL,
	"value_kind" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "indicator_units_municipality_id_unit_pk" PRIMARY KEY("municipality_id","unit"),
	CONSTRAINT "indicator_units_decimals_check" CHECK ("indicator_units"."decimals" between 0 and 6),
	CONSTRAINT "indicator_units_value_kind_check" CHECK ("indicator_units"."value_kind" in ('number', 'share', 'yesPartlyNo'))
);
--> statement-breakpoint
CREATE TABLE "key_figure_definitions" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer NOT NULL,
	"direction" text NOT NULL,
	"source" text NOT NULL,
	"source_reference" text,
	"definition" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "key_figure_definitions_municipality_id_key_pk" PRIMARY KEY("municipality_id","key"),
	CONSTRAINT "key_figure_definitions_decimals_check" CHECK ("key_figure_definitions"."decimals" between 0 and 6)
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "definition_key" text;--> statement-breakpoint
ALTER TABLE "indicator_units" ADD CONSTRAINT "indicator_units_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figure_definitions" ADD CONSTRAINT "key_figure_definitions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written: municipalities made before the table keep the eight units that were fixed until now, and any
-- other unit a stored measure uses (none were allowed) is kept as a plain number after them, before the key binds.
INSERT INTO "indicator_units" ("municipality_id", "unit", "decimals", "value_kind", "sort_order")
SELECT m."id", u."unit", u."decimals", u."value_kind", u."sort_order"
FROM "municipalities" AS m CROSS JOIN (VALUES
  ('antal', 0, 'number', 0),
  ('%', 1, 'share', 1),
  ('kr', 0, 'number', 2),
  ('tkr', 0, 'number', 3),
  ('mnkr', 1, 'number', 4),
  ('dagar', 0, 'number', 5),
  ('index', 0, 'number', 6),
  ('ja/nej', 0, 'yesPartlyNo', 7)
) AS u("unit", "decimals", "value_kind", "sort_order");--> statement-breakpoint
INSERT INTO "indicator_units" ("municipality_id", "unit", "decimals", "value_kind", "sort_order")
SELECT DISTINCT i."municipality_id", i."unit", 0, 'number', 8
FROM "indicators" AS i
WHERE NOT EXISTS (
  SELECT 1 FROM "indicator_units" AS u WHERE u."municipality_id" = i."municipality_id" AND u."unit" = i."unit"
);--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_unit_fk" FOREIGN KEY ("municipality_id","unit") REFERENCES "public"."indicator_units"("municipality_id","unit") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_definition_fk" FOREIGN KEY ("municipality_id","definition_key") REFERENCES "public"."key_figure_definitions"("municipality_id","key") ON DELETE no action ON UPDATE no action;