-- Who holds a reception now: its starter until a hand-over (counter.handOver). Existing receptions stay with their starter.
ALTER TABLE "counter_sessions" ADD COLUMN "assigned_to" uuid;--> statement-breakpoint
UPDATE "counter_sessions" SET "assigned_to" = "created_by";--> statement-breakpoint
ALTER TABLE "counter_sessions" ALTER COLUMN "assigned_to" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD CONSTRAINT "counter_sessions_assigned_to_staff_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counter_sessions_assigned_to" ON "counter_sessions" USING btree ("assigned_to","status");
