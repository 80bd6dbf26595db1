-- Published bundles and the audit log are written once and never changed (issue 10): the database
-- itself refuses UPDATE, DELETE and TRUNCATE on them, whatever the application does. Only a role that
-- owns the tables can disable these triggers; docs/deploy.md says to run the apps as a role that
-- does not.
CREATE FUNCTION "kakanai_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'integrity_constraint_violation',
          HINT = 'Published bundles and audit rows are immutable.';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "bundles_immutable" BEFORE UPDATE OR DELETE ON "bundles"
  FOR EACH ROW EXECUTE FUNCTION "kakanai_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "bundles_no_truncate" BEFORE TRUNCATE ON "bundles"
  FOR EACH STATEMENT EXECUTE FUNCTION "kakanai_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "kakanai_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "kakanai_refuse_change"();
