import { decideCheckStatus } from "../../platform/identity-checks/checks";
import type { FieldError } from "../../platform/errors/api-error";
import type { StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { scheduleAml, THIRD_PARTY_PAYER } from "./aml";
import { CreateThirdPartyPayerBody, UpdateThirdPartyPayerInput } from "./schema";
import { amlSubject, payerErrors, toThirdPartyPayer, type ThirdPartyPayerData } from "./serialize";

const INVESTOR = "investor";

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/**
 * `third_party_payer.create`: a `tpp-` payer of an existing individual investor, emitting
 * `third_party_payer_created` on `notifications`. With a provider that runs checks (`sandbox`)
 * the caller's `aml_status` is ignored and a check starts when the details are complete.
 */
export const createThirdPartyPayer = defineCommand({
  input: CreateThirdPartyPayerBody,
  run(ctx, body) {
    const draft: ThirdPartyPayerData = {
      type: body.type,
      title: body.title || null,
      first_name: body.first_name ?? null,
      last_name: body.last_name ?? null,
      organisation_name: body.organisation_name ?? null,
      representative: body.representative ?? null,
      phone_number: body.phone_number ?? null,
      email: body.email ?? null,
      investor_id: body.investor_id,
      date_of_birth: body.date_of_birth ?? null,
      relationship_to_investor: body.relationship_to_investor,
      aml_status: "not_started",
      address: body.address ?? null,
      status: body.status ?? "inactive",
    };
    const aml = decideCheckStatus(ctx.config.kyc_provider, amlSubject(draft), null, body.aml_status);
    const data: ThirdPartyPayerData = { ...draft, aml_status: aml.status as ThirdPartyPayerData["aml_status"] };
    const errors = payerErrors(data, ctx.now.slice(0, 10));
    if (!ctx.get(INVESTOR, body.investor_id)) errors.push({ field: "investor_id", message: `investor '${body.investor_id}' does not exist` });
    if (errors.length > 0) return invalid(errors);
    const id = ctx.newId(THIRD_PARTY_PAYER, "tpp");
    const payer = toThirdPartyPayer(ctx.insert(THIRD_PARTY_PAYER, id, data, body.investor_id));
    ctx.emit({ type: "third_party_payer_created", ch: "notifications", payload: payer });
    if (aml.firstStepInMs !== null) scheduleAml(ctx, id, aml.firstStepInMs);
    return succeed(201, payer);
  },
});

/** `third_party_payer.update`: partial update (not `type` nor `investor_id`), same rules as create; `null` clears. */
export const updateThirdPartyPayer = defineCommand({
  input: UpdateThirdPartyPayerInput,
  run(ctx, input) {
    const { third_party_payer_id: id, reference_version, aml_status: sentAml, type: _type, investor_id: _investor, ...changes } = input;
    const current = ctx.get<ThirdPartyPayerData>(THIRD_PARTY_PAYER, id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Third-party payer '${id}' does not exist`, errors: [{ field: "third_party_payer_id", message: "unknown third-party payer" }] });
    }
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== ""));
    const merged = { ...current.data, ...sent } as ThirdPartyPayerData;
    const aml = decideCheckStatus(ctx.config.kyc_provider, amlSubject(merged), current.data.aml_status, sentAml);
    const data: ThirdPartyPayerData = { ...merged, aml_status: aml.status as ThirdPartyPayerData["aml_status"] };
    const errors = payerErrors(data, ctx.now.slice(0, 10));
    if (errors.length > 0) return invalid(errors);
    const payer = toThirdPartyPayer(ctx.update(current as StoredEntity<ThirdPartyPayerData>, data));
    ctx.emit({ type: "third_party_payer_updated", ch: "notifications", payload: payer });
    if (aml.firstStepInMs !== null) scheduleAml(ctx, id, aml.firstStepInMs);
    return succeed(200, payer);
  },
});
