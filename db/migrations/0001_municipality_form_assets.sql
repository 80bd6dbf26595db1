CREATE TABLE "municipality_form_assets" (
	"municipality_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_form_assets_municipality_id_sha256_pk" PRIMARY KEY("municipality_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "municipality_form_assets" ADD CONSTRAINT "municipality_form_assets_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_form_assets" ADD CONSTRAINT "municipality_form_assets_sha256_form_assets_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."form_assets"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_form_assets" ADD CONSTRAINT "municipality_form_assets_uploaded_by_staff_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill: a city may read every base PDF that one of its flow drafts or published bundles names.
-- Plain SQL (no extensions, no functions) so it runs on PostgreSQL 15 and on PGlite alike; a draft or
-- bundle whose "forms" is missing or not an array contributes nothing instead of failing.
INSERT INTO "municipality_form_assets" ("municipality_id", "sha256", "file_name", "uploaded_at")
SELECT refs."municipality_id", fa."sha256", fa."file_name", fa."created_at"
FROM (
	SELECT f."municipality_id", form->>'basePdfSha256' AS "sha256"
	FROM "flows" f,
		jsonb_array_elements(CASE WHEN jsonb_typeof(f."draft"->'forms') = 'array' THEN f."draft"->'forms' ELSE '[]'::jsonb END) AS form
	UNION
	SELECT b."municipality_id", form->>'basePdfSha256' AS "sha256"
	FROM "bundles" b,
		jsonb_array_elements(CASE WHEN jsonb_typeof(b."document"->'forms') = 'array' THEN b."document"->'forms' ELSE '[]'::jsonb END) AS form
) refs
JOIN "form_assets" fa ON fa."sha256" = refs."sha256"
ON CONFLICT ("municipality_id", "sha256") DO NOTHING;
