import { z } from "@hono/zod-openapi";
import { decimalString } from "../../platform/wire-decimals";
import { PageQuery } from "../../platform/wire-fields";
import { csvFilter } from "../../platform/list-filters";

export const CRYSTALLISATION_STATUSES = ["Accepted", "Partially completed", "Completed", "Rejected", "Failed"] as const;

const percentage = z
  .string()
  .regex(/^(?:100(?:\.0{1,2})?|[0-9]{1,2}(?:\.[0-9]{1,2})?)$/, "must be a percentage from 0 to 100.00 with at most 2 decimals")
  .openapi({ example: "100.00" });

const CrystallisationInstruction = z
  .object({ pot_id: z.string().min(1).max(64), value: decimalString(2).optional(), percentage: percentage.optional() })
  .strict()
  .refine((i) => (i.value === undefined) !== (i.percentage === undefined), { message: "send exactly one of value and percentage", path: ["value"] })
  .openapi({ description: "An uncrystallised SIPP Accumulation pot, by value or by percentage of its free cash" });

const DrawdownInstruction = z
  .object({ pot_id: z.string().min(1).max(64), purpose: z.enum(["cash", "invest"]), percentage })
  .strict()
  .openapi({ description: "A SIPP FAD pot receiving a share of the crystallised funds (after tax-free cash)" });

export const CrystallisationBody = z
  .object({
    request_id: z.uuid(),
    investor_id: z.string().min(1).max(64),
    bank_account_id: z.string().min(1).max(64).openapi({ description: "Where the tax-free cash is paid" }),
    crystallisation_instructions: z.array(CrystallisationInstruction).min(1).max(20),
    drawdown_instructions: z.array(DrawdownInstruction).min(1).max(20),
  })
  .openapi("CrystallisationBody");

const Allocation = z.object({
  accumulation_pot_id: z.string(),
  crystallisation_amount: z.string(),
  pcls_amount: z.string(),
  drawdown_amount: z.string(),
  drawdown_allocation: z.array(z.object({ pot_id: z.string(), amount: z.string() })),
  status: z.enum(["Completed", "Failed"]),
  reason: z.string().optional(),
});

export const Crystallisation = z
  .object({
    crystallisation_id: z.string().openapi({ example: "SIPPCR-AB24DE71" }),
    investor_id: z.string(),
    bank_account_id: z.string(),
    crystallisation_instructions: z.array(z.object({ pot_id: z.string(), value: z.string().optional(), percentage: z.string().optional() })),
    drawdown_instructions: z.array(z.object({ pot_id: z.string(), purpose: z.enum(["cash", "invest"]), percentage: z.string() })),
    status: z.enum(CRYSTALLISATION_STATUSES),
    reason: z.string().optional(),
    allocation_details: z.array(Allocation),
    investor_drawdown_statistics: z
      .object({ total_crystallisation_amount: z.string(), total_drawdown_amount: z.string(), pcls_allowance_utilized: z.string(), pcls_allowance_remaining: z.string() })
      .optional(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("Crystallisation");

export type CrystallisationData = Omit<z.infer<typeof Crystallisation>, "created_at" | "updated_at">;

export const ListCrystallisationsQuery = PageQuery.extend({ crystallisation_id: csvFilter(), investor_id: csvFilter(), status: csvFilter(CRYSTALLISATION_STATUSES) });

export const CrystallisationList = z.object({ crystallisations: z.array(Crystallisation), next_page_available: z.boolean() }).openapi("CrystallisationList");
