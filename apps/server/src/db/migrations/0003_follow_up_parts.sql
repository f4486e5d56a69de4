CREATE TABLE "follow_up_parts" (
	"municipality_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"object_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"contribution" text,
	"review_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_parts_municipality_id_document_id_kind_object_id_pk" PRIMARY KEY("municipality_id","document_id","kind","object_id"),
	CONSTRAINT "follow_up_parts_state_check" CHECK ("follow_up_parts"."state" in ('open', 'ready', 'returned', 'approved'))
);
--> statement-breakpoint
ALTER TABLE "plan_documents" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "follow_up_parts" ADD CONSTRAINT "follow_up_parts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_parts" ADD CONSTRAINT "follow_up_parts_municipality_id_document_id_plan_documents_municipality_id_id_fk" FOREIGN KEY ("municipality_id","document_id") REFERENCES "public"."plan_documents"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_parts" ADD CONSTRAINT "follow_up_parts_municipality_id_node_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","node_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_parts_node_idx" ON "follow_up_parts" USING btree ("municipality_id","node_id");