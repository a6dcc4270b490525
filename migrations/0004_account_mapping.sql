CREATE TABLE "account_matches" (
	"partner_id" uuid NOT NULL,
	"partner_account_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"confidence" real NOT NULL,
	"matched_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_matches_partner_account_id_account_id_pk" PRIMARY KEY("partner_account_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "hashed_account_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"key_fingerprint" text NOT NULL,
	"rows" integer NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hashed_accounts" (
	"list_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"population" text NOT NULL,
	"domain_hash" text,
	"name_hash" text,
	CONSTRAINT "hashed_accounts_list_id_ref_pk" PRIMARY KEY("list_id","ref")
);
--> statement-breakpoint
CREATE TABLE "mapping_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"side" text NOT NULL,
	"partner_id" uuid,
	"file_name" text,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"rows_read" integer NOT NULL,
	"rows_accepted" integer NOT NULL,
	"rows_rejected" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL,
	"removed" integer NOT NULL,
	"columns" jsonb NOT NULL,
	"rejections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mapping_populations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"side" text NOT NULL,
	"partner_id" uuid,
	"name" text NOT NULL,
	"base" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mapping_sharing" (
	"partner_id" uuid NOT NULL,
	"side" text NOT NULL,
	"population" text NOT NULL,
	"level" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mapping_sharing_partner_id_side_population_pk" PRIMARY KEY("partner_id","side","population")
);
--> statement-breakpoint
CREATE TABLE "mapping_states" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"vendor_accounts" integer NOT NULL,
	"partner_accounts" integer NOT NULL,
	"matches" integer NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"website" text,
	"domain" text,
	"name_key" text,
	"population" text NOT NULL,
	"country" text,
	"industry" text,
	"import_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_matches" ADD CONSTRAINT "account_matches_partner_account_id_partner_accounts_id_fk" FOREIGN KEY ("partner_account_id") REFERENCES "public"."partner_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_matches" ADD CONSTRAINT "account_matches_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hashed_account_lists" ADD CONSTRAINT "hashed_account_lists_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hashed_accounts" ADD CONSTRAINT "hashed_accounts_list_id_hashed_account_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."hashed_account_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_imports" ADD CONSTRAINT "mapping_imports_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_populations" ADD CONSTRAINT "mapping_populations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_sharing" ADD CONSTRAINT "mapping_sharing_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_states" ADD CONSTRAINT "mapping_states_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_accounts" ADD CONSTRAINT "partner_accounts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_matches_partner_idx" ON "account_matches" USING btree ("partner_id","account_id");--> statement-breakpoint
CREATE INDEX "account_matches_account_idx" ON "account_matches" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hashed_account_lists_side_idx" ON "hashed_account_lists" USING btree ("partner_id","side");--> statement-breakpoint
CREATE INDEX "mapping_imports_partner_idx" ON "mapping_imports" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "mapping_populations_owner_idx" ON "mapping_populations" USING btree ("side","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_accounts_external_idx" ON "partner_accounts" USING btree ("partner_id","external_id");--> statement-breakpoint
CREATE INDEX "partner_accounts_population_idx" ON "partner_accounts" USING btree ("partner_id","population","name","id");