CREATE TABLE "org_kinds" (
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"children" text[] NOT NULL,
	CONSTRAINT "org_kinds_municipality_id_kind_pk" PRIMARY KEY("municipality_id","kind"),
	CONSTRAINT "org_kinds_kind_check" CHECK ("org_kinds"."kind" in ('committee', 'administration', 'department', 'unit'))
);
--> statement-breakpoint
ALTER TABLE "org_kinds" ADD CONSTRAINT "org_kinds_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Municipalities made before the table keep the names and nesting that were fixed until now.
INSERT INTO "org_kinds" ("municipality_id", "kind", "label", "children")
SELECT m."id", k."kind", k."label", k."children"
FROM "municipalities" AS m CROSS JOIN (VALUES
  ('committee', 'Nämnd', ARRAY['administration', 'department']::text[]),
  ('administration', 'Förvaltning', ARRAY['department', 'unit']::text[]),
  ('department', 'Avdelning', ARRAY['department', 'unit']::text[]),
  ('unit', 'Enhet', ARRAY['unit']::text[])
) AS k("kind", "label", "children");
