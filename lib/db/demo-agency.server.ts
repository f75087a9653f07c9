// Server-only: a demo agency for local development only (with the demo editor accounts, on an
// empty database): a head of agency and an agent, and a few invented sample clients with their
// consents, cars and drivers.
import { randomBytes } from "node:crypto";
import { createAgency, createAgent } from "@/lib/agent/agencies.server";
import { addDriver, addVehicle, createClient } from "@/lib/agent/clients.server";
import { createDemoCommissions } from "@/lib/offer/demo-commission.server";
import type { Db } from "./client.server";

export const DEMO_AGENTS = [
  { email: "head@demo.local", name: "Демо-руководитель агентства", isHead: true, phone: "+74950000001" },
  { email: "agent@demo.local", name: "Демо-агент", isHead: false, phone: "+74950000002" },
] as const;

/** Invented people (no real person's data). */
const SAMPLE_CLIENTS = [
  { owner: 1, name: "Иван Образцов", phone: "+79000000101", car: { modelId: "mazda-3", year: "2024", price: "1900000", region: "77" }, drivers: [{ name: "Иван", age: "35", experienceYears: "12", sex: "male" }] },
  { owner: 1, name: "Мария Примерова", email: "maria@example.org", car: { modelId: "kia-rio", year: "2022", price: "1300000", region: "78" }, drivers: [{ name: "Мария", age: "29", experienceYears: "6", sex: "female" }] },
  { owner: 0, name: "Пётр Тестов", phone: "+79000000103", car: null, drivers: [] },
] as const;

export async function createDemoAgency(db: Db, log: (line: string) => void, now = new Date()): Promise<void> {
  const agency = await createAgency(db, { slug: "demo-agency", name: "Демо-агентство", phone: "+74950000000", email: "office@demo.local", address: "Москва, ул. Примерная, 1" }, { now });
  if (!agency.ok) throw new Error(`could not create the demo agency: ${agency.message}`);
  await createDemoCommissions(db, agency.agency.id, now);
  const agents = [];
  for (const a of DEMO_AGENTS) {
    const password = randomBytes(12).toString("base64url");
    const created = await createAgent(db, { ...a, password, agencyId: agency.agency.id }, { now });
    if (!created.ok) throw new Error(`could not create demo agent ${a.email}: ${created.message}`);
    agents.push(created.user);
    log(`  agent${a.isHead ? " (head)" : ""} ${a.email}  password: ${password}`);
  }
  const ctx = { now, ip: "127.0.0.1" };
  for (const sample of SAMPLE_CLIENTS) {
    const agent = agents[sample.owner]!;
    const actor = { id: agent.id, email: agent.email, name: agent.name, role: agent.role, disabledAt: null };
    const client = await createClient(db, actor, { name: sample.name, phone: "phone" in sample ? sample.phone : "", email: "email" in sample ? sample.email : "", consentProcessing: "on", consentTransfer: "on" }, ctx);
    if (!client.ok) throw new Error(`could not create a demo client: ${client.message}`);
    if (sample.car) await addVehicle(db, actor, { clientId: client.client.id, ...sample.car }, ctx);
    for (const d of sample.drivers) await addDriver(db, actor, { clientId: client.client.id, ...d }, ctx);
  }
}
