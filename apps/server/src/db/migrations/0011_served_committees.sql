CREATE TABLE "org_node_committees" (
	"municipality_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	CONSTRAINT "org_node_committees_municipality_id_node_id_committee_id_pk" PRIMARY KEY("municipality_id","node_id","committee_id")
);
--> statement-breakpoint
ALTER TABLE "org_node_committees" ADD CONSTRAINT "org_node_committees_municipality_id_node_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","node_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_node_committees" ADD CONSTRAINT "org_node_committees_municipality_id_committee_id_org_nodes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","committee_id") REFERENCES "public"."org_nodes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_node_committees_committee_idx" ON "org_node_committees" USING btree ("municipality_id","committee_id");