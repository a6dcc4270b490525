CREATE TABLE "event_consumer_cursors" (
	"consumer" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint NOT NULL,
	"gap_seen_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"onboarding_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"event_type" text,
	"required" boolean NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"completed_by_event_id" bigint,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "onboarding_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"partner_type" text,
	"stalled_after_days" integer NOT NULL,
	"steps" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_milestones" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"activated_at" timestamp with time zone,
	"cohort" text,
	"first_revenue_at" timestamp with time zone,
	"first_revenue_deal_id" uuid,
	"first_revenue_event_id" bigint,
	"days_to_first_revenue" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_onboardings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"template_id" uuid,
	"template_name" text NOT NULL,
	"status" text NOT NULL,
	"stalled_after_days" integer NOT NULL,
	"done_count" integer NOT NULL,
	"total_count" integer NOT NULL,
	"percent" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_progress_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"stalled_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_rate_limits" (
	"bucket" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "application_rate_limits_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
--> statement-breakpoint
CREATE TABLE "partner_application_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"company_name" text NOT NULL,
	"normalized_name" text NOT NULL,
	"website" text,
	"domain" text,
	"country" text,
	"type" text NOT NULL,
	"regions" text[] NOT NULL,
	"specializations" text[] NOT NULL,
	"employees" integer,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"message" text,
	"owner_id" uuid,
	"fit_score" integer DEFAULT 0 NOT NULL,
	"fit_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duplicate_of_application_id" uuid,
	"duplicate_of_partner_id" uuid,
	"rejection_reason" text,
	"partner_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_onboarding_id_partner_onboardings_id_fk" FOREIGN KEY ("onboarding_id") REFERENCES "public"."partner_onboardings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_milestones" ADD CONSTRAINT "partner_milestones_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_onboardings" ADD CONSTRAINT "partner_onboardings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_onboardings" ADD CONSTRAINT "partner_onboardings_template_id_onboarding_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."onboarding_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_application_history" ADD CONSTRAINT "partner_application_history_application_id_partner_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."partner_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_duplicate_of_partner_id_partners_id_fk" FOREIGN KEY ("duplicate_of_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_steps_key" ON "onboarding_steps" USING btree ("onboarding_id","key");--> statement-breakpoint
CREATE INDEX "onboarding_steps_waiting_idx" ON "onboarding_steps" USING btree ("partner_id","event_type") WHERE completed_at IS NULL AND event_type IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_templates_type_key" ON "onboarding_templates" USING btree (coalesce("partner_type", ''));--> statement-breakpoint
CREATE INDEX "partner_milestones_cohort_idx" ON "partner_milestones" USING btree ("cohort","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_onboardings_partner_key" ON "partner_onboardings" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partner_onboardings_started_idx" ON "partner_onboardings" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "partner_onboardings_progress_idx" ON "partner_onboardings" USING btree ("percent","id");--> statement-breakpoint
CREATE INDEX "partner_onboardings_last_progress_idx" ON "partner_onboardings" USING btree ("last_progress_at","id");--> statement-breakpoint
CREATE INDEX "partner_onboardings_open_idx" ON "partner_onboardings" USING btree ("last_progress_at") WHERE status = 'in_progress' AND stalled_at IS NULL;--> statement-breakpoint
CREATE INDEX "application_rate_limits_window_idx" ON "application_rate_limits" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "partner_application_history_application_idx" ON "partner_application_history" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "partner_applications_created_idx" ON "partner_applications" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "partner_applications_status_idx" ON "partner_applications" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "partner_applications_fit_idx" ON "partner_applications" USING btree ("fit_score","id");--> statement-breakpoint
CREATE INDEX "partner_applications_name_idx" ON "partner_applications" USING btree ("normalized_name","id");--> statement-breakpoint
CREATE INDEX "partner_applications_domain_idx" ON "partner_applications" USING btree ("domain","status");--> statement-breakpoint
CREATE INDEX "partner_applications_regions_idx" ON "partner_applications" USING gin ("regions");