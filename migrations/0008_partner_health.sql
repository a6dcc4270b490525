CREATE TABLE "partner_health_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_health" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"at_risk_by_rules" boolean DEFAULT false NOT NULL,
	"findings" jsonb NOT NULL,
	"last_activity_at" timestamp with time zone,
	"evaluated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_health" ADD CONSTRAINT "partner_health_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;