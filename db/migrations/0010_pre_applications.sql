CREATE TABLE "pre_applications" (
	"code" text PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"bundle_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "pre_applications" ADD CONSTRAINT "pre_applications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_applications" ADD CONSTRAINT "pre_applications_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pre_applications_expires" ON "pre_applications" USING btree ("expires_at");