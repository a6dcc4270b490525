CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rule_id" uuid,
	"beneficiary_type" text NOT NULL,
	"partner_id" uuid,
	"user_id" uuid,
	"entry_type" text NOT NULL,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"source_key" text NOT NULL,
	"description" text NOT NULL,
	"period" text NOT NULL,
	"payout_id" uuid,
	"reverses_id" uuid,
	"earned_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_payouts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"beneficiary_type" text NOT NULL,
	"period" text NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"entries" integer NOT NULL,
	"reference" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"trigger" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"amount_type" text NOT NULL,
	"amount_value" bigint NOT NULL,
	"currency" text NOT NULL,
	"cap_per_quarter_minor" bigint,
	"active" boolean DEFAULT true NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lead_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" jsonb NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	"decline_reason" text
);
--> statement-breakpoint
CREATE TABLE "lead_routing_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"campaign_id" uuid,
	"source_partner_id" uuid,
	"external_id" text,
	"company_name" text NOT NULL,
	"domain" text,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_title" text DEFAULT '' NOT NULL,
	"country" text,
	"region" text,
	"interests" text[] DEFAULT '{}' NOT NULL,
	"product_lines" text[] DEFAULT '{}' NOT NULL,
	"estimated_amount_minor" bigint,
	"currency" text,
	"score" integer DEFAULT 50 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"account_id" uuid,
	"duplicate_of_id" uuid,
	"partner_id" uuid,
	"registration_id" uuid,
	"disqualified_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_links" (
	"code" text PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"destination_url" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"cta_url" text,
	"cta_label" text DEFAULT '' NOT NULL,
	"default_offer" text DEFAULT '' NOT NULL,
	"hero_image_file_id" uuid,
	"audience" jsonb NOT NULL,
	"product_lines" text[] DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_touches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"link_code" text,
	"lead_id" uuid,
	"visitor_key" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"logo_file_id" uuid,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"offer_text" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"launched_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_allocations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"budget_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"method" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"step" text NOT NULL,
	"decision" text NOT NULL,
	"amount_minor" bigint,
	"reason" text,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_budgets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_claim_files" (
	"claim_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "mdf_claim_files_claim_id_file_id_pk" PRIMARY KEY("claim_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "mdf_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"result_leads" integer DEFAULT 0 NOT NULL,
	"result_pipeline_minor" bigint DEFAULT 0 NOT NULL,
	"result_notes" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"payment_reference" text,
	"paid_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"budget_id" uuid NOT NULL,
	"partner_id" uuid,
	"allocation_id" uuid,
	"request_id" uuid,
	"claim_id" uuid,
	"entry_type" text NOT NULL,
	"from_bucket" text NOT NULL,
	"to_bucket" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"memo" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdf_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"allocation_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"activity_type" text NOT NULL,
	"plan" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"requested_minor" bigint NOT NULL,
	"approved_minor" bigint,
	"currency" text NOT NULL,
	"expected_leads" integer DEFAULT 0 NOT NULL,
	"expected_pipeline_minor" bigint DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_activity" (
	"user_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"day" date NOT NULL,
	"area" text NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	CONSTRAINT "portal_activity_user_id_day_area_pk" PRIMARY KEY("user_id","day","area")
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"trigger_key" text NOT NULL,
	"status" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"invitation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"recommend" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"questions" jsonb NOT NULL,
	"recommend_question" text NOT NULL,
	"comment_question" text NOT NULL,
	"trigger" text NOT NULL,
	"interval_days" integer,
	"roles" text[] NOT NULL,
	"response_days" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incentive_ledger" ADD CONSTRAINT "incentive_ledger_rule_id_incentive_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."incentive_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_ledger" ADD CONSTRAINT "incentive_ledger_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_offers" ADD CONSTRAINT "lead_offers_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_offers" ADD CONSTRAINT "lead_offers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_campaign_id_partner_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."partner_campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_source_partner_id_partners_id_fk" FOREIGN KEY ("source_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_links" ADD CONSTRAINT "campaign_links_campaign_id_partner_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."partner_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_templates" ADD CONSTRAINT "campaign_templates_hero_image_file_id_stored_files_id_fk" FOREIGN KEY ("hero_image_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_touches" ADD CONSTRAINT "campaign_touches_campaign_id_partner_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."partner_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_campaigns" ADD CONSTRAINT "partner_campaigns_template_id_campaign_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."campaign_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_campaigns" ADD CONSTRAINT "partner_campaigns_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_campaigns" ADD CONSTRAINT "partner_campaigns_logo_file_id_stored_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_allocations" ADD CONSTRAINT "mdf_allocations_budget_id_mdf_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."mdf_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_allocations" ADD CONSTRAINT "mdf_allocations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_approvals" ADD CONSTRAINT "mdf_approvals_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claim_files" ADD CONSTRAINT "mdf_claim_files_claim_id_mdf_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."mdf_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claim_files" ADD CONSTRAINT "mdf_claim_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_request_id_mdf_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mdf_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_claims" ADD CONSTRAINT "mdf_claims_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_ledger" ADD CONSTRAINT "mdf_ledger_budget_id_mdf_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."mdf_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_allocation_id_mdf_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."mdf_allocations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdf_requests" ADD CONSTRAINT "mdf_requests_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_activity" ADD CONSTRAINT "portal_activity_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_files_partner_idx" ON "stored_files" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_ledger_source_key_idx" ON "incentive_ledger" USING btree ("source_key");--> statement-breakpoint
CREATE INDEX "incentive_ledger_partner_idx" ON "incentive_ledger" USING btree ("partner_id","period");--> statement-breakpoint
CREATE INDEX "incentive_ledger_user_idx" ON "incentive_ledger" USING btree ("user_id","period");--> statement-breakpoint
CREATE INDEX "incentive_ledger_status_idx" ON "incentive_ledger" USING btree ("status","period");--> statement-breakpoint
CREATE INDEX "incentive_rules_trigger_idx" ON "incentive_rules" USING btree ("trigger","active");--> statement-breakpoint
CREATE INDEX "lead_offers_lead_idx" ON "lead_offers" USING btree ("lead_id","offered_at");--> statement-breakpoint
CREATE INDEX "lead_offers_partner_idx" ON "lead_offers" USING btree ("partner_id","status","offered_at");--> statement-breakpoint
CREATE INDEX "lead_offers_due_idx" ON "lead_offers" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "leads_partner_idx" ON "leads" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "leads_email_idx" ON "leads" USING btree ("contact_email");--> statement-breakpoint
CREATE UNIQUE INDEX "leads_external_id_idx" ON "leads" USING btree ("source","external_id");--> statement-breakpoint
CREATE INDEX "campaign_links_campaign_idx" ON "campaign_links" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_templates_status_idx" ON "campaign_templates" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "campaign_touches_campaign_idx" ON "campaign_touches" USING btree ("campaign_id","kind","occurred_at");--> statement-breakpoint
CREATE INDEX "campaign_touches_partner_idx" ON "campaign_touches" USING btree ("partner_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_campaigns_slug_idx" ON "partner_campaigns" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "partner_campaigns_partner_idx" ON "partner_campaigns" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "partner_campaigns_template_idx" ON "partner_campaigns" USING btree ("template_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mdf_allocations_budget_partner_idx" ON "mdf_allocations" USING btree ("budget_id","partner_id");--> statement-breakpoint
CREATE INDEX "mdf_allocations_partner_idx" ON "mdf_allocations" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "mdf_approvals_request_idx" ON "mdf_approvals" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "mdf_budgets_period_idx" ON "mdf_budgets" USING btree ("period_start");--> statement-breakpoint
CREATE INDEX "mdf_claims_partner_idx" ON "mdf_claims" USING btree ("partner_id","submitted_at");--> statement-breakpoint
CREATE INDEX "mdf_claims_status_idx" ON "mdf_claims" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "mdf_claims_request_idx" ON "mdf_claims" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "mdf_ledger_budget_idx" ON "mdf_ledger" USING btree ("budget_id","id");--> statement-breakpoint
CREATE INDEX "mdf_ledger_partner_idx" ON "mdf_ledger" USING btree ("partner_id","id");--> statement-breakpoint
CREATE INDEX "mdf_ledger_allocation_idx" ON "mdf_ledger" USING btree ("allocation_id","id");--> statement-breakpoint
CREATE INDEX "mdf_requests_partner_idx" ON "mdf_requests" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "mdf_requests_status_idx" ON "mdf_requests" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "mdf_requests_allocation_idx" ON "mdf_requests" USING btree ("allocation_id");--> statement-breakpoint
CREATE INDEX "portal_activity_partner_idx" ON "portal_activity" USING btree ("partner_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_key_idx" ON "survey_invitations" USING btree ("survey_id","user_id","trigger_key");--> statement-breakpoint
CREATE INDEX "survey_invitations_user_idx" ON "survey_invitations" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "survey_invitations_partner_idx" ON "survey_invitations" USING btree ("partner_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_invitation_idx" ON "survey_responses" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "survey_responses_partner_idx" ON "survey_responses" USING btree ("partner_id","submitted_at");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","submitted_at");