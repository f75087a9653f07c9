CREATE TABLE "policy_checks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policy_checks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agent_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"client_id" integer NOT NULL,
	"calculation_id" integer,
	"insurer_id" text NOT NULL,
	"policy_start" date NOT NULL,
	"paid" text NOT NULL,
	"request" jsonb NOT NULL,
	"query" text NOT NULL,
	"result" jsonb NOT NULL,
	"editions" jsonb NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"checked_by" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_checks" ADD CONSTRAINT "policy_checks_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_checks" ADD CONSTRAINT "policy_checks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_checks" ADD CONSTRAINT "policy_checks_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_checks" ADD CONSTRAINT "policy_checks_calculation_id_saved_calculations_id_fk" FOREIGN KEY ("calculation_id") REFERENCES "public"."saved_calculations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_checks" ADD CONSTRAINT "policy_checks_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_checks" ADD CONSTRAINT "policy_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_checks_client_idx" ON "policy_checks" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "policy_checks_agency_idx" ON "policy_checks" USING btree ("agency_id");