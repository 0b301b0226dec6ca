/**
 * The operator's fee configuration (admin API): upserts of fee codes, setups and exemptions,
 * their deactivation, and the tenant's collection frequency. Each change bumps the item's
 * version and is published on `notifications` (`fee_*_created` / `fee_*_updated`) with the
 * tenant-API shape; an unchanged upsert writes nothing.
 */
import { findInvestmentProduct } from "../../catalogue/investment-products";
import { isFinancialProductId } from "../../catalogue/financial-products";
import { PORTFOLIO_TEMPLATE } from "../../catalogue/portfolio-templates";
import { ACCOUNT } from "../../custody/accounts";
import { findInvestor } from "../../custody/parties";
import { canonicalDecimal } from "../../catalogue/decimals";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed, type CommandOutcome } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { saveCollectionFrequency } from "./collection-settings";
import { assignedInstances, FEE_CODE, FEE_EXEMPTION, FEE_SETUP, type AssignedTo, type FeeCodeData, type FeeExemptionData, type FeeSetupData } from "./model";
import { FeeSettings, PutFeeCodeInput, PutFeeExemptionInput, PutFeeSetupInput } from "./schema";
import { toAdminFeeCode, toAdminFeeExemption, toAdminFeeSetup, toFeeCode, toFeeExemption, toFeeSetup } from "./serialize";

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function missingOnCreate(input: Record<string, unknown>, required: readonly string[]): FieldError[] {
  return required.filter((field) => input[field] === undefined).map((field) => ({ field, message: "required when creating" }));
}

/** An instance of the entity exists in the tenant. */
function instanceExists(ctx: CommandContext, entity: string, id: string): boolean {
  if (entity === "Investor") return findInvestor(ctx, id) !== null;
  if (entity === "Financial Product") return isFinancialProductId(id);
  if (entity === "Portfolio") return ctx.get(PORTFOLIO_TEMPLATE, id) !== null;
  return ctx.get(ACCOUNT, id) !== null;
}

function assignmentErrors(ctx: CommandContext, entity: string, assigned: AssignedTo): FieldError[] {
  if (Array.isArray(assigned) && assigned.includes("All")) return [{ field: "assigned_to", message: 'not allowed with instance ids: "All" stands alone' }];
  const unknown = (assignedInstances(assigned) ?? []).filter((id) => !instanceExists(ctx, entity, id));
  return unknown.length > 0 ? [{ field: "assigned_to", message: `${entity} ${unknown.map((id) => `'${id}'`).join(", ")} does not exist` }] : [];
}

function dateErrors(item: { start_date: string; end_date: string | null }): FieldError[] {
  return item.end_date !== null && item.end_date < item.start_date ? [{ field: "end_date", message: "must not be before start_date" }] : [];
}

/** Stores the merged item (or nothing when unchanged) and publishes it. */
function save<T>(
  ctx: CommandContext,
  kind: string,
  id: string,
  current: StoredEntity<T> | null,
  data: T,
  wire: (e: StoredEntity<T>) => unknown,
  admin: (e: StoredEntity<T>) => unknown,
  events: { created: "fee_code_created" | "fee_setup_created" | "fee_exemption_created"; updated: "fee_code_updated" | "fee_setup_updated" | "fee_exemption_updated" },
): CommandOutcome {
  if (current && JSON.stringify(current.data) === JSON.stringify(data)) return succeed(200, admin(current));
  const stored = current ? ctx.update(current, data) : ctx.insert(kind, id, data);
  ctx.emit({ type: current ? events.updated : events.created, ch: "notifications", payload: wire(stored) as Record<string, unknown> });
  return succeed(current ? 200 : 201, admin(stored));
}

function versionProblem(current: StoredEntity<unknown> | null, sent: number | undefined): CommandOutcome | null {
  if (!current || sent === undefined) return null;
  const problem = checkVersion(current, sent);
  return problem ? fail(problem) : null;
}

const CODE_EVENTS = { created: "fee_code_created", updated: "fee_code_updated" } as const;
const SETUP_EVENTS = { created: "fee_setup_created", updated: "fee_setup_updated" } as const;
const EXEMPTION_EVENTS = { created: "fee_exemption_created", updated: "fee_exemption_updated" } as const;

/** `fee_code.put` (admin): creates (201, fee_rate required) or changes (200) a fee code. */
export const putFeeCode = defineCommand({
  input: PutFeeCodeInput,
  run(ctx, input) {
    const { fee_code, reference_version, ...changes } = input;
    const current = ctx.get<FeeCodeData>(FEE_CODE, fee_code);
    const conflict = versionProblem(current, reference_version);
    if (conflict) return conflict;
    if (!current) {
      const missing = missingOnCreate(input, ["fee_rate"]);
      if (missing.length > 0) return invalid(missing);
    }
    const base: FeeCodeData = current?.data ?? { fee_code, fee_type: "Flat_fee_percentage_based", fee_rate: "0.00", status: "Active" };
    const data: FeeCodeData = { ...base, ...changes };
    data.fee_rate = canonicalDecimal(data.fee_rate, 2);
    return save(ctx, FEE_CODE, fee_code, current, data, toFeeCode, toAdminFeeCode, CODE_EVENTS);
  },
});

/** `fee_setup.put` (admin): creates (201) or changes (200) a fee setup. */
export const putFeeSetup = defineCommand({
  input: PutFeeSetupInput,
  run(ctx, input) {
    const { fee_setup_id, reference_version, ...changes } = input;
    const current = ctx.get<FeeSetupData>(FEE_SETUP, fee_setup_id);
    const conflict = versionProblem(current, reference_version);
    if (conflict) return conflict;
    if (!current) {
      const missing = missingOnCreate(input, ["fee_calculation_entity", "sub_transaction_type", "fee_code", "assigned_to", "start_date"]);
      if (missing.length > 0) return invalid(missing);
    }
    const data = {
      fee_setup_id,
      fee_calculation_method: "Daily Accrual",
      primary_transaction_type: "Fees",
      end_date: null,
      status: "Active",
      ...current?.data,
      ...changes,
    } as FeeSetupData;
    const errors = [...assignmentErrors(ctx, data.fee_calculation_entity, data.assigned_to), ...dateErrors(data)];
    if (changes.fee_code !== undefined && !ctx.get(FEE_CODE, changes.fee_code)) errors.push({ field: "fee_code", message: `fee code '${changes.fee_code}' does not exist` });
    if (errors.length > 0) return invalid(errors);
    return save(ctx, FEE_SETUP, fee_setup_id, current, data, toFeeSetup, toAdminFeeSetup, SETUP_EVENTS);
  },
});

/** `fee_exemption.put` (admin): creates (201) or changes (200) a fee exemption. */
export const putFeeExemption = defineCommand({
  input: PutFeeExemptionInput,
  run(ctx, input) {
    const { fee_exemption_id, reference_version, ...changes } = input;
    const current = ctx.get<FeeExemptionData>(FEE_EXEMPTION, fee_exemption_id);
    const conflict = versionProblem(current, reference_version);
    if (conflict) return conflict;
    if (!current) {
      const missing = missingOnCreate(input, ["fee_exemption_entity", "sub_transaction_type", "assigned_to", "exempted_assets", "start_date"]);
      if (missing.length > 0) return invalid(missing);
    }
    const data = { fee_exemption_id, primary_transaction_type: "Fees", end_date: null, status: "Active", ...current?.data, ...changes } as FeeExemptionData;
    data.exempted_assets = [...new Set(data.exempted_assets)];
    const errors = [...assignmentErrors(ctx, data.fee_exemption_entity, data.assigned_to), ...dateErrors(data)];
    const unknownAssets = (changes.exempted_assets ?? []).filter((asset) => asset !== "cash" && !findInvestmentProduct(ctx, asset));
    if (unknownAssets.length > 0) errors.push({ field: "exempted_assets", message: `investment product ${unknownAssets.map((id) => `'${id}'`).join(", ")} does not exist` });
    if (errors.length > 0) return invalid(errors);
    return save(ctx, FEE_EXEMPTION, fee_exemption_id, current, data, toFeeExemption, toAdminFeeExemption, EXEMPTION_EVENTS);
  },
});

function notFound(field: string, what: string, id: string) {
  return fail({ code: "resource_not_found", detail: `${what} '${id}' does not exist`, errors: [{ field, message: `unknown ${what.toLowerCase()}` }] });
}

/** Deactivation: the item stays (and stays listed) with status Inactive; accrual stops from the day it runs. */
function deactivate<T extends { status: string }>(ctx: CommandContext, kind: string, id: string, wire: (e: StoredEntity<T>) => unknown, admin: (e: StoredEntity<T>) => unknown, events: typeof CODE_EVENTS | typeof SETUP_EVENTS | typeof EXEMPTION_EVENTS) {
  const current = ctx.get<T>(kind, id);
  if (!current) return null;
  return save(ctx, kind, id, current, { ...current.data, status: "Inactive" }, wire, admin, events);
}

/** `fee_code.deactivate` (admin). */
export const deactivateFeeCode = defineCommand({
  input: PutFeeCodeInput.pick({ fee_code: true }),
  run: (ctx, { fee_code }) => deactivate<FeeCodeData>(ctx, FEE_CODE, fee_code, toFeeCode, toAdminFeeCode, CODE_EVENTS) ?? notFound("fee_code", "Fee code", fee_code),
});

/** `fee_setup.deactivate` (admin). */
export const deactivateFeeSetup = defineCommand({
  input: PutFeeSetupInput.pick({ fee_setup_id: true }),
  run: (ctx, { fee_setup_id }) => deactivate<FeeSetupData>(ctx, FEE_SETUP, fee_setup_id, toFeeSetup, toAdminFeeSetup, SETUP_EVENTS) ?? notFound("fee_setup_id", "Fee setup", fee_setup_id),
});

/** `fee_exemption.deactivate` (admin). */
export const deactivateFeeExemption = defineCommand({
  input: PutFeeExemptionInput.pick({ fee_exemption_id: true }),
  run: (ctx, { fee_exemption_id }) =>
    deactivate<FeeExemptionData>(ctx, FEE_EXEMPTION, fee_exemption_id, toFeeExemption, toAdminFeeExemption, EXEMPTION_EVENTS) ?? notFound("fee_exemption_id", "Fee exemption", fee_exemption_id),
});

/** `fee_settings.put` (admin): the tenant's collection frequency. */
export const putFeeSettings = defineCommand({
  input: FeeSettings,
  run(ctx, input) {
    saveCollectionFrequency(ctx.sql, input.collection_frequency);
    return succeed(200, input);
  },
});
