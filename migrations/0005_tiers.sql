CREATE TABLE "partner_tier_states" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"demotion_warned_at" timestamp with time zone,
	"pending_tier" text,
	"last_evaluated_at" timestamp with time zone,
	"last_metrics" jsonb
);
--> statement-breakpoint
CREATE TABLE "tier_custom_metrics" (
	"partner_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" real NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tier_custom_metrics_partner_id_key_pk" PRIMARY KEY("partner_id","key")
);
--> statement-breakpoint
CREATE TABLE "tier_definitions" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"benefits" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tier_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_tier" text,
	"to_tier" text,
	"reason" text NOT NULL,
	"metrics" jsonb NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tier_programs" (
	"id" text PRIMARY KEY NOT NULL,
	"demotion_grace_days" integer NOT NULL,
	"promotion_needs_approval" boolean NOT NULL,
	"currency" text NOT NULL,
	"exchange_rates" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_tier_states" ADD CONSTRAINT "partner_tier_states_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_custom_metrics" ADD CONSTRAINT "tier_custom_metrics_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_history" ADD CONSTRAINT "tier_history_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tier_history_partner_idx" ON "tier_history" USING btree ("partner_id","at");