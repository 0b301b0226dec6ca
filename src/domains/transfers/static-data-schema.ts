import { z } from "@hono/zod-openapi";
import { emailAddress } from "../../platform/wire-fields";

const itemId = z.string().min(1).max(64);
const name = z.string().min(1).max(100);
const isDefault = z.boolean().optional().openapi({ description: "Used when a transfer request leaves this value out; at most one item is the default" });

export const CedingProvider = z
  .object({ ceding_provider_id: itemId.openapi({ example: "12251" }), name: name.openapi({ example: "Aviva Pensions" }) })
  .strict()
  .openapi("TransferNetworkCedingProvider");

export const CaseContact = z
  .object({
    case_contact_id: itemId.openapi({ example: "5648" }),
    name,
    email: emailAddress.optional(),
    phone_number: z.string().min(1).max(20).optional(),
    default: isDefault,
  })
  .strict()
  .openapi("TransferNetworkCaseContact");

export const PaymentAccount = z
  .object({
    payment_account_id: itemId.openapi({ example: "37643" }),
    account_name: name,
    sort_code: z.string().regex(/^\d{2}-?\d{2}-?\d{2}$/, "must be a sort code such as 12-34-56"),
    account_number: z.string().regex(/^\d{8}$/, "must be 8 digits"),
    default: isDefault,
  })
  .strict()
  .openapi("TransferNetworkPaymentAccount");

export const SchemeReference = z
  .object({
    scheme_reference_identifier: itemId.openapi({ example: "4844" }),
    pstr: z.string().regex(/^\d{8}[A-Z]{2}$/, "must be a Pension Scheme Tax Reference such as 12345678AB"),
    scheme_name: name,
    scheme_type: z.enum(["sipp"]).optional().openapi({ description: "Default `sipp`" }),
    default: isDefault,
  })
  .strict()
  .openapi("TransferNetworkSchemeReference");

/** What the transfer network (Origo) holds about the tenant as the receiving organisation. */
export const TransferNetworkStaticData = z
  .object({
    ceding_providers: z.array(CedingProvider).max(1000),
    case_contacts: z.array(CaseContact).max(100),
    payment_accounts: z.array(PaymentAccount).max(100),
    scheme_references: z.array(SchemeReference).max(100),
  })
  .strict()
  .superRefine((d, ctx) => {
    const lists = [
      ["ceding_providers", "ceding_provider_id"],
      ["case_contacts", "case_contact_id"],
      ["payment_accounts", "payment_account_id"],
      ["scheme_references", "scheme_reference_identifier"],
    ] as const;
    for (const [list, key] of lists) {
      const items = d[list] as Array<Record<string, unknown>>;
      const seen = new Set<unknown>();
      let defaultSeen = false;
      items.forEach((item, i) => {
        if (seen.has(item[key])) ctx.addIssue({ code: "custom", path: [list, i, key], message: `'${String(item[key])}' appears more than once` });
        seen.add(item[key]);
        if (item.default === true && defaultSeen) ctx.addIssue({ code: "custom", path: [list, i, "default"], message: 'must be "false" when an earlier item is the default' });
        if (item.default === true) defaultSeen = true;
      });
    }
  })
  .openapi("TransferNetworkStaticData");

export type TransferNetworkStaticData = z.infer<typeof TransferNetworkStaticData>;

export const StaticDataParams = z.object({
  tenant_id: z.string().min(1).max(64).openapi({ param: { name: "tenant_id", in: "path" }, example: "demo" }),
});

export const EMPTY_STATIC_DATA: TransferNetworkStaticData = { ceding_providers: [], case_contacts: [], payment_accounts: [], scheme_references: [] };
