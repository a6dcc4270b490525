ALTER TABLE "accounts" ADD COLUMN "match_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "accounts_match_key_idx" ON "accounts" USING btree ("match_key");