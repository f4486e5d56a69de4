CREATE TABLE "document_snapshots" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"document_kind" text NOT NULL,
	"format" text NOT NULL,
	"content" "bytea" NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"adopted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_snapshots_municipality_id_committee_id_year_document_kind_format_pk" PRIMARY KEY("municipality_id","committee_id","year","document_kind","format"),
	CONSTRAINT "document_snapshots_kind_check" CHECK ("document_snapshots"."document_kind" in ('verksamhetsplan', 'delarsrapport', 'arsrapport')),
	CONSTRAINT "document_snapshots_format_check" CHECK ("document_snapshots"."format" in ('pdf', 'docx'))
);
--> statement-breakpoint
CREATE TABLE "document_templates" (
	"municipality_id" uuid NOT NULL,
	"document_kind" text NOT NULL,
	"chapters" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_templates_municipality_id_document_kind_pk" PRIMARY KEY("municipality_id","document_kind"),
	CONSTRAINT "document_templates_kind_check" CHECK ("document_templates"."document_kind" in ('verksamhetsplan', 'delarsrapport', 'arsrapport'))
);
--> statement-breakpoint
CREATE TABLE "document_texts" (
	"municipality_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"document_kind" text NOT NULL,
	"chapter_key" text NOT NULL,
	"text" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_texts_municipality_id_committee_id_year_document_kind_chapter_key_pk" PRIMARY KEY("municipality_id","committee_id","year","document_kind","chapter_key"),
	CONSTRAINT "document_texts_kind_check" CHECK ("document_texts"."document_kind" in ('verksamhetsplan', 'delarsrapport', 'arsrapport'))
);
--> statement-breakpoint
ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_snapshots" ADD CONSTRAINT "document_snapshots_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_texts" ADD CONSTRAINT "document_texts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_texts" ADD CONSTRAINT "document_texts_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;