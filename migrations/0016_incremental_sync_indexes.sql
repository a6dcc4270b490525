CREATE INDEX "accounts_updated_idx" ON "accounts" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "opportunities_updated_idx" ON "opportunities" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "registrations_updated_idx" ON "registrations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "registrations_partner_updated_idx" ON "registrations" USING btree ("partner_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "users_updated_idx" ON "users" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "leads_updated_idx" ON "leads" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "partner_contacts_updated_idx" ON "partner_contacts" USING btree ("partner_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "partners_updated_idx" ON "partners" USING btree ("updated_at","id");