import { decideCheckStatus } from "../../platform/identity-checks/checks";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { scheduleKyb, WORKPLACE_EMPLOYER } from "./kyb";
import { CreateWorkplaceEmployerBody, UpdateWorkplaceEmployerBody, WorkplaceEmployerParams } from "./schema";
import { kybSubject, toWorkplaceEmployer, type WorkplaceEmployerData } from "./serialize";

const REGISTRATION_NUMBER = "registration_number";

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/** Rules on the whole employer: active only when KYB is clear; registration number unique in the tenant. */
function employerErrors(ctx: CommandContext, data: WorkplaceEmployerData, selfId: string | null): FieldError[] {
  const errors: FieldError[] = [];
  if (data.status === "active" && data.kyb_aml_status !== "clear") {
    errors.push({ field: "status", message: `can be active only when kyb_aml_status is clear (it is ${data.kyb_aml_status})` });
  }
  const holder = ctx.findUnique(WORKPLACE_EMPLOYER, REGISTRATION_NUMBER, data.registration_number);
  if (holder && holder !== selfId) errors.push({ field: "registration_number", message: `already used by workplace employer ${holder}` });
  return errors;
}

/**
 * `workplace_employer.create`: stores a `wem-` employer and emits `workplace_employer_created`
 * on `notifications`. With a provider that runs KYB (`sandbox`) the caller's `kyb_aml_status` is
 * ignored and a check starts (`submitted`), so such an employer is created `inactive`.
 */
export const createWorkplaceEmployer = defineCommand({
  input: CreateWorkplaceEmployerBody,
  run(ctx, body) {
    const kyb = decideCheckStatus(ctx.config.kyc_provider, kybSubject(body), null, body.kyb_aml_status);
    const data: WorkplaceEmployerData = {
      ...body,
      company_structure: body.company_structure ?? null,
      contact_details: body.contact_details ?? null,
      kyb_aml_status: kyb.status as WorkplaceEmployerData["kyb_aml_status"],
    };
    const errors = employerErrors(ctx, data, null);
    if (errors.length > 0) return invalid(errors);
    const id = ctx.newId(WORKPLACE_EMPLOYER, "wem");
    const employer = toWorkplaceEmployer(ctx.insert(WORKPLACE_EMPLOYER, id, data));
    ctx.claimUnique(WORKPLACE_EMPLOYER, REGISTRATION_NUMBER, data.registration_number, id);
    ctx.emit({ type: "workplace_employer_created", ch: "notifications", payload: employer });
    if (kyb.firstStepInMs !== null) scheduleKyb(ctx, id, kyb.firstStepInMs);
    return succeed(201, employer);
  },
});

/** `workplace_employer.update`: partial update checked against `reference_version`, same rules as create. */
export const updateWorkplaceEmployer = defineCommand({
  input: UpdateWorkplaceEmployerBody.extend(WorkplaceEmployerParams.shape),
  run(ctx, input) {
    const { workplace_employer_id: id, reference_version, kyb_aml_status: sentKyb, ...changes } = input;
    const current = ctx.get<WorkplaceEmployerData>(WORKPLACE_EMPLOYER, id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Workplace employer '${id}' does not exist`, errors: [{ field: "workplace_employer_id", message: "unknown workplace employer" }] });
    }
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== ""));
    const merged = { ...current.data, ...sent } as WorkplaceEmployerData;
    const kyb = decideCheckStatus(ctx.config.kyc_provider, kybSubject(merged), current.data.kyb_aml_status, sentKyb);
    const data: WorkplaceEmployerData = { ...merged, kyb_aml_status: kyb.status as WorkplaceEmployerData["kyb_aml_status"] };
    const errors = employerErrors(ctx, data, id);
    if (errors.length > 0) return invalid(errors);
    const employer = toWorkplaceEmployer(ctx.update(current as StoredEntity<WorkplaceEmployerData>, data));
    if (current.data.registration_number !== data.registration_number) {
      ctx.releaseUnique(WORKPLACE_EMPLOYER, REGISTRATION_NUMBER, current.data.registration_number);
      ctx.claimUnique(WORKPLACE_EMPLOYER, REGISTRATION_NUMBER, data.registration_number, id);
    }
    ctx.emit({ type: "workplace_employer_updated", ch: "notifications", payload: employer });
    if (kyb.firstStepInMs !== null) scheduleKyb(ctx, id, kyb.firstStepInMs);
    return succeed(200, employer);
  },
});
