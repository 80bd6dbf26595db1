// The shapes of the JSON columns. Types only (biome allows nothing else from a workspace package
// here): db runs no engine code, and a column's type is what its writers store, not a validation.
import type { Answers, Bundle, BundleInput, Determination } from "@kakanai/engine";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * The schema. Plain SQL types only (no extensions) so the same migrations run on PostgreSQL 15 (the
 * machine's, a city's managed server) and 18 (the embedded one). Every row of a city carries
 * municipality_id so that every query can be scoped and nothing crosses municipalities.
 */

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value),
  fromDriver: (value) => new Uint8Array(value),
});

/** Re-exported for the query functions' signatures: this is the one file of db that imports engine types. */
export type { Answers, Bundle, Determination };

/**
 * A flow's draft as authored: the bundle document without schemaVersion and the departments snapshot
 * (both added at publish). The zod *input* shape: the studio's saves store it parsed, the seed and
 * tests store it as written, so defaults may be missing.
 */
export type FlowDraftDocument = Omit<BundleInput, "schemaVersion" | "departments">;

/** Staff roles (the api's role enum is built from this list). */
export const staffRoles = [
  "system_admin",
  "dept_admin",
  "publisher",
  "counter_clerk",
  "department_clerk",
  "bereavement_clerk",
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Free-form audit context: ids and keys, never residents' personal data. */
export type AuditDetail = Record<string, unknown>;

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const municipalities = pgTable("municipalities", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  /** 全国地方公共団体コード (6 digits with its check digit), given at first start; the demo city has none. */
  lgCode: text("lg_code").unique(),
  /** HMAC key for slip QR codes. The previous one keeps verifying until its codes expire. */
  qrSecret: text("qr_secret").notNull(),
  previousQrSecret: text("previous_qr_secret"),
  /** Days after a reception is completed until its answers and result are purged (issue 10). */
  retentionDays: integer("retention_days").notNull().default(30),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    counter: text("counter").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
    /** A linked department (連携課) is listed on the 手続き案内票 and reads its QR at its own counter. */
    linked: boolean("linked").notNull().default(true),
  },
  (t) => [unique("departments_municipality_key").on(t.municipalityId, t.key)],
);

export const staff = pgTable("staff", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  municipalityId: uuid("municipality_id")
    .notNull()
    .references(() => municipalities.id),
  loginId: text("login_id").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  roles: text("roles").array().$type<StaffRole[]>().notNull().default(sql`'{}'::text[]`),
  departmentId: uuid("department_id").references(() => departments.id),
  disabled: boolean("disabled").notNull().default(false),
  /** Set when an admin issued the password: the next login must choose a new one before anything else. */
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** Only the sha256 of a session token is stored: a leaked table cannot be replayed as cookies. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("auth_sessions_staff").on(t.staffId)],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    loginId: text("login_id").notNull(),
    address: text("address"),
    succeeded: boolean("succeeded").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("login_attempts_login_at").on(t.loginId, t.at)],
);

/**
 * Login attempts per account and per client address in a fixed window, counted in one statement
 * before the password is verified (so concurrent attempts cannot all pass the check), shared by every
 * app instance. Keys are `account:<login id>` or `address:<address>`.
 */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  windowStart: ts("window_start").notNull(),
  attempts: integer("attempts").notNull(),
});

export const flows = pgTable(
  "flows",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    key: text("key").notNull(),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    ownerDepartmentId: uuid("owner_department_id").references(() => departments.id),
    draft: jsonb("draft").$type<FlowDraftDocument>().notNull(),
    /** Optimistic lock: a save names the version it edited; a stale one is refused, never merged. */
    draftVersion: integer("draft_version").notNull().default(1),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => staff.id),
  },
  (t) => [unique("flows_municipality_key").on(t.municipalityId, t.key)],
);

/** Immutable: inserted once at publish, never updated; sessions point at the one they started on. */
export const bundles = pgTable(
  "bundles",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    flowId: uuid("flow_id")
      .notNull()
      .references(() => flows.id),
    seq: integer("seq").notNull(),
    contentHash: text("content_hash").notNull(),
    /**
     * Validated at publish (the engine's Bundle as it was then). Frozen: an older schemaVersion is read
     * through parseBundle, which migrates it.
     */
    document: jsonb("document").$type<Bundle>().notNull(),
    publishedBy: uuid("published_by").references(() => staff.id),
    publishedAt: ts("published_at").notNull().defaultNow(),
  },
  (t) => [unique("bundles_flow_seq").on(t.flowId, t.seq)],
);

/** Content-addressed base PDFs: the same upload twice is one row. */
export const formAssets = pgTable("form_assets", {
  sha256: text("sha256").primaryKey(),
  bytes: bytea("bytes").notNull(),
  fileName: text("file_name").notNull(),
  pageCount: integer("page_count").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/**
 * Which city may use which base PDF. The bytes stay shared and content-addressed (two cities
 * uploading the same file keep one form_assets row), but the right to read them is per city: every
 * read of a base PDF goes through this table with the caller's municipality_id.
 */
export const municipalityFormAssets = pgTable(
  "municipality_form_assets",
  {
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    sha256: text("sha256")
      .notNull()
      .references(() => formAssets.sha256),
    /** The name this city uploaded it under (another city may have called the same bytes otherwise). */
    fileName: text("file_name").notNull(),
    /** Staff who uploaded it; null for the seed and for rows backfilled by the migration. */
    uploadedBy: uuid("uploaded_by").references(() => staff.id),
    uploadedAt: ts("uploaded_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.sha256] })],
);

export const counterSessions = pgTable(
  "counter_sessions",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id),
    status: text("status").notNull().default("open"),
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    /** Optimistic lock for answers: two tabs on one session never overwrite each other silently. */
    revision: integer("revision").notNull().default(0),
    receptionDate: date("reception_date").notNull(),
    receptionNumber: text("reception_number").notNull(),
    /** The 判定 stored by finishing; null while open (every answer clears it). */
    determination: jsonb("determination").$type<Determination>(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => staff.id),
    /**
     * The clerk who holds the reception now: the one who started it, until they hand it over
     * (counter.handOver). Only they (and a system admin) read, answer and print it at the counter.
     */
    assignedTo: uuid("assigned_to")
      .notNull()
      .references(() => staff.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    /**
     * When the visit ended (status "completed") or the reception was cancelled (status "cancelled",
     * counter.cancel); the retention period counts from here.
     */
    completedAt: ts("completed_at"),
    /** When the retention job emptied answers and determination; the row stays for the events. */
    purgedAt: ts("purged_at"),
  },
  (t) => [
    unique("counter_sessions_reception").on(t.municipalityId, t.receptionDate, t.receptionNumber),
    index("counter_sessions_created_by").on(t.createdBy, t.status),
    index("counter_sessions_assigned_to").on(t.assignedTo, t.status),
    index("counter_sessions_purge").on(t.municipalityId, t.completedAt).where(sql`purged_at is null`),
  ],
);

/**
 * What statistics need of a completed reception, written when it is completed and kept after the
 * retention purge: keys and counts only, never a resident's data. No foreign key to the session, so
 * a session deleted some day leaves its figures.
 */
export const receptionStats = pgTable(
  "reception_stats",
  {
    sessionId: uuid("session_id").primaryKey(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    flowKey: text("flow_key").notNull(),
    flowKind: text("flow_kind").notNull(),
    receptionDate: date("reception_date").notNull(),
    completedAt: ts("completed_at").notNull(),
    /** Staff member's department at the first counter (null for staff without one). */
    departmentKey: text("department_key"),
    /** Each determined procedure (flow-local key) with the department that handles it. */
    procedures: jsonb("procedures").$type<{ key: string; departmentKey: string }[]>().notNull(),
    /** Departments the result sends the resident to (the 手続き案内票's list). */
    departmentKeys: text("department_keys").array().notNull(),
  },
  (t) => [index("reception_stats_municipality_date").on(t.municipalityId, t.receptionDate)],
);

/** Per city per day counter for reception numbers; one upsert hands out the next one atomically. */
export const receptionCounters = pgTable(
  "reception_counters",
  {
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    day: date("day").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.day] })],
);

export const sessionEventTypes = [
  "started",
  "answered",
  "determined",
  "slip_printed",
  "linked",
  "forms_printed",
  "completed",
  "cancelled",
] as const;
export type SessionEventType = (typeof sessionEventTypes)[number];

export const sessionEvents = pgTable(
  "session_events",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => counterSessions.id, { onDelete: "cascade" }),
    type: text("type").$type<SessionEventType>().notNull(),
    departmentKey: text("department_key"),
    staffId: uuid("staff_id").references(() => staff.id),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("session_events_session").on(t.sessionId)],
);

/**
 * Who has a flow's draft open in the studio: the editor's status poll (every 15 s) refreshes its row,
 * and others seen in the last minute are shown as 「○○さんも開いています」. Rows are rewritten, never
 * read for anything else; a stale one simply ages out.
 */
export const draftPresence = pgTable(
  "draft_presence",
  {
    flowId: uuid("flow_id")
      .notNull()
      .references(() => flows.id, { onDelete: "cascade" }),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    seenAt: ts("seen_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.flowId, t.staffId] })],
);

/** Append-only. Holds ids and keys, never residents' personal data. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    staffId: uuid("staff_id").references(() => staff.id),
    action: text("action").notNull(),
    target: text("target").notNull(),
    at: ts("at").notNull().defaultNow(),
    detail: jsonb("detail").$type<AuditDetail>().notNull().default({}),
  },
  (t) => [index("audit_log_municipality_at").on(t.municipalityId, t.at)],
);

/**
 * A token another city system (the 基幹系) uses to read completed receptions (`GET /api/handoff`).
 * Only the sha256 of the token is stored; the system admin sees the token once, at creation.
 */
export const integrationTokens = pgTable("integration_tokens", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  municipalityId: uuid("municipality_id")
    .notNull()
    .references(() => municipalities.id),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdBy: uuid("created_by").references(() => staff.id),
  createdAt: ts("created_at").notNull().defaultNow(),
  lastUsedAt: ts("last_used_at"),
  revokedAt: ts("revoked_at"),
});

export const publishRequestStatuses = ["submitted", "approved", "returned", "withdrawn"] as const;
export type PublishRequestStatus = (typeof publishRequestStatuses)[number];

/**
 * A department admin's request to publish one saved draft version (issue 10). A publisher approves
 * it (publishing exactly that version) or returns it with a comment; the submitter may withdraw it.
 * At most one request per flow is open at a time.
 */
export const publishRequests = pgTable(
  "publish_requests",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    flowId: uuid("flow_id")
      .notNull()
      .references(() => flows.id),
    /** The draft version submitted; approving publishes it only while the draft is still at it. */
    draftVersion: integer("draft_version").notNull(),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => staff.id),
    submittedAt: ts("submitted_at").notNull().defaultNow(),
    comment: text("comment").notNull().default(""),
    status: text("status").$type<PublishRequestStatus>().notNull().default("submitted"),
    decidedBy: uuid("decided_by").references(() => staff.id),
    decidedAt: ts("decided_at"),
    decisionComment: text("decision_comment"),
    /** The bundle an approval published. */
    bundleId: uuid("bundle_id").references(() => bundles.id),
  },
  (t) => [
    uniqueIndex("publish_requests_one_open").on(t.flowId).where(sql`status = 'submitted'`),
    index("publish_requests_flow").on(t.flowId, t.submittedAt),
  ],
);

/**
 * A resident's answers from the public pre-application page (apps/portal), kept until the counter
 * reads them or `expires_at` passes (the retention job deletes them then). Nothing else about the
 * resident: no name column, no address, no account, no client address, no time of submission. The
 * short code is the key the resident brings (QR or typed); reading it at the counter copies the
 * answers into a counter session and empties them here (`used_at`).
 */
export const preApplications = pgTable(
  "pre_applications",
  {
    /** The 8-character code without its check character (see preApplicationCode in the engine). */
    code: text("code").primaryKey(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    bundleId: uuid("bundle_id")
      .notNull()
      .references(() => bundles.id),
    answers: jsonb("answers").$type<Answers>().notNull(),
    expiresAt: ts("expires_at").notNull(),
    /** When a counter clerk read it into a reception; its answers are emptied then. */
    usedAt: ts("used_at"),
  },
  (t) => [index("pre_applications_expires").on(t.expiresAt)],
);
