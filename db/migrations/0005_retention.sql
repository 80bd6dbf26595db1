CREATE TABLE "reception_stats" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"flow_key" text NOT NULL,
	"flow_kind" text NOT NULL,
	"reception_date" date NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"department_key" text,
	"procedures" jsonb NOT NULL,
	"department_keys" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "retention_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_stats" ADD CONSTRAINT "reception_stats_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_stats_municipality_date" ON "reception_stats" USING btree ("municipality_id","reception_date");--> statement-breakpoint
CREATE INDEX "counter_sessions_purge" ON "counter_sessions" USING btree ("municipality_id","completed_at") WHERE purged_at is null;