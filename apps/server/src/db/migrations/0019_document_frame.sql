CREATE TABLE "municipality_logos" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"image" "bytea" NOT NULL,
	"alt" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_templates" ADD COLUMN "frame" jsonb;--> statement-breakpoint
ALTER TABLE "document_templates" ADD COLUMN "labels" jsonb;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "number_style" jsonb;--> statement-breakpoint
ALTER TABLE "municipality_logos" ADD CONSTRAINT "municipality_logos_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;