import { z } from "@hono/zod-openapi";
import { referenceVersion } from "../../platform/wire-fields";

const Nomination = z.object({ nominee_pot_id: z.string().min(1).max(64).openapi({ example: "pot-GYQ5423100" }) }).openapi("FeeNominee");
const nominations = z.array(Nomination).length(1, "exactly one fee nominee pot").openapi({ minItems: 1, maxItems: 1 });

export const CreateFeeNominationBody = z.object({ nominations }).openapi("CreateFeeNominationBody");
export const UpdateFeeNominationBody = z
  .object({ nominations, reference_version: referenceVersion })
  .openapi("UpdateFeeNominationBody");

const investorId = z.string().min(1).max(64);
/** Command inputs: the body plus the path's investor id. */
export const CreateFeeNominationInput = CreateFeeNominationBody.extend({ investor_id: investorId });
export const UpdateFeeNominationInput = UpdateFeeNominationBody.extend({ investor_id: investorId });
export const DeleteFeeNominationInput = z.object({ investor_id: investorId });

export const FeeNomination = z
  .object({
    nominations: z.array(Nomination),
    reference_version: z.number().int(),
    investor_id: z.string().openapi({ example: "inv-XUT11265" }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("FeeNomination");

export const FeeNominationDeleted = z
  .object({ message: z.string().openapi({ example: "Successfully deleted nominations for investor [inv-XUT11265]" }) })
  .openapi("FeeNominationDeleted");

export const FeeNominationParams = z.object({
  investor_id: investorId.openapi({ param: { name: "investor_id", in: "path" }, example: "inv-XUT11265" }),
});

export type FeeNomination = z.infer<typeof FeeNomination>;
