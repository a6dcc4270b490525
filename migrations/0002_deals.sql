CREATE TABLE "domain_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"partner_id" uuid,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_jobs" (
	"name" text PRIMARY KEY NOT NULL,
	"interval_seconds" integer NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_result" jsonb,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "deal_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"actor_id" text,
	"partner_id" uuid,
	"internal" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"author_id" text,
	"author_partner_id" uuid,
	"body" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL,
	"registration_id" uuid,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"title" text NOT NULL,
	"assignee_id" uuid,
	"due_date" date,
	"done_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"stage" text NOT NULL,
	"close_date" date NOT NULL,
	"owner_id" uuid,
	"product_lines" text[] NOT NULL,
	"source" text NOT NULL,
	"next_steps" text,
	"external_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "private_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"marketplace" text NOT NULL,
	"listing" text NOT NULL,
	"price_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"terms" text NOT NULL,
	"duration_months" bigint NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"channel_partner_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rep_credits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"partner_ids" uuid[] NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "registration_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"rule_id" text NOT NULL,
	"rule_set_id" uuid,
	"rule_set_version" integer,
	"reason" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"conflict_registration_id" uuid,
	"conflict_opportunity_id" uuid,
	"decided_by" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_disputes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"disputed_status" text NOT NULL,
	"status" text NOT NULL,
	"resolution" text,
	"opened_by" text,
	"resolved_by" text,
	"opened_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_normalized_name" text NOT NULL,
	"customer_website" text,
	"customer_domain" text,
	"customer_country" text,
	"contact_name" text,
	"contact_email" text,
	"contact_title" text,
	"product_lines" text[] NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"expected_close" date NOT NULL,
	"notes" text,
	"account_id" uuid,
	"account_match" text,
	"opportunity_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"protected_until" timestamp with time zone,
	"extended" boolean DEFAULT false NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"config" jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deal_activities" ADD CONSTRAINT "deal_activities_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_notes" ADD CONSTRAINT "deal_notes_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_partners" ADD CONSTRAINT "deal_partners_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_tasks" ADD CONSTRAINT "deal_tasks_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_offers" ADD CONSTRAINT "private_offers_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rep_credits" ADD CONSTRAINT "rep_credits_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_decisions" ADD CONSTRAINT "registration_decisions_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_disputes" ADD CONSTRAINT "registration_disputes_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_history" ADD CONSTRAINT "registration_history_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "domain_events_type_idx" ON "domain_events" USING btree ("type","id");--> statement-breakpoint
CREATE INDEX "domain_events_entity_idx" ON "domain_events" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "domain_events_partner_idx" ON "domain_events" USING btree ("partner_id","id");--> statement-breakpoint
CREATE INDEX "deal_activities_opportunity_idx" ON "deal_activities" USING btree ("opportunity_id","at");--> statement-breakpoint
CREATE INDEX "deal_notes_opportunity_idx" ON "deal_notes" USING btree ("opportunity_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_partners_unique_idx" ON "deal_partners" USING btree ("opportunity_id","partner_id");--> statement-breakpoint
CREATE INDEX "deal_partners_partner_idx" ON "deal_partners" USING btree ("partner_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "deal_tasks_opportunity_idx" ON "deal_tasks" USING btree ("opportunity_id","created_at");--> statement-breakpoint
CREATE INDEX "opportunities_account_idx" ON "opportunities" USING btree ("account_id","stage");--> statement-breakpoint
CREATE INDEX "opportunities_created_idx" ON "opportunities" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "opportunities_close_idx" ON "opportunities" USING btree ("close_date","id");--> statement-breakpoint
CREATE INDEX "opportunities_owner_idx" ON "opportunities" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "private_offers_opportunity_idx" ON "private_offers" USING btree ("opportunity_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rep_credits_opportunity_idx" ON "rep_credits" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "rep_credits_rep_idx" ON "rep_credits" USING btree ("rep_id","at");--> statement-breakpoint
CREATE INDEX "touchpoints_opportunity_idx" ON "touchpoints" USING btree ("opportunity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "touchpoints_partner_idx" ON "touchpoints" USING btree ("partner_id","occurred_at");--> statement-breakpoint
CREATE INDEX "registration_decisions_registration_idx" ON "registration_decisions" USING btree ("registration_id","at");--> statement-breakpoint
CREATE INDEX "registration_disputes_registration_idx" ON "registration_disputes" USING btree ("registration_id","opened_at");--> statement-breakpoint
CREATE INDEX "registration_history_registration_idx" ON "registration_history" USING btree ("registration_id","at");--> statement-breakpoint
CREATE INDEX "registrations_partner_idx" ON "registrations" USING btree ("partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "registrations_created_idx" ON "registrations" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "registrations_account_idx" ON "registrations" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "registrations_protected_idx" ON "registrations" USING btree ("status","protected_until");--> statement-breakpoint
CREATE INDEX "registrations_opportunity_idx" ON "registrations" USING btree ("opportunity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_version_idx" ON "rule_sets" USING btree ("version");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_active_idx" ON "rule_sets" USING btree ("active") WHERE active;