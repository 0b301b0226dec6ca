import { createRoute } from "@hono/zod-openapi";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { sendAdminCommand } from "../../tenant/admin-client";
import {
  AdminFeeCode,
  AdminFeeCodeParams,
  AdminFeeExemption,
  AdminFeeExemptionParams,
  AdminFeeSetup,
  AdminFeeSetupParams,
  AdminTenantParams,
  FeeSettings,
  PutFeeCodeBody,
  PutFeeExemptionBody,
  PutFeeSetupBody,
} from "./schema";

const tags = ["Admin"];

const putResponses = <R extends typeof AdminFeeCode | typeof AdminFeeSetup | typeof AdminFeeExemption>(resource: R) => ({
  200: { description: "Changed (or unchanged)", content: jsonContent(resource) },
  201: { description: "Created", content: jsonContent(resource) },
  ...problemResponses(400, 401, 404, 409, 413, 415),
});
const deactivateResponses = <R extends typeof AdminFeeCode | typeof AdminFeeSetup | typeof AdminFeeExemption>(resource: R) => ({
  200: { description: "Deactivated", content: jsonContent(resource) },
  ...problemResponses(400, 401, 404),
});
const DEACTIVATE = "Sets the status to Inactive (the item stays listed); accrual under it stops from the next day-close.";

const CODE_PATH = "/admin/v1/tenants/{tenant_id}/fee-codes/{fee_code}";
const SETUP_PATH = "/admin/v1/tenants/{tenant_id}/fee-setups/{fee_setup_id}";
const EXEMPTION_PATH = "/admin/v1/tenants/{tenant_id}/fee-exemptions/{fee_exemption_id}";

const putCode = createRoute({
  method: "put",
  path: CODE_PATH,
  tags,
  summary: "Create or change a tenant's fee code",
  description: "Creating needs fee_rate (basis points a year); fee_type defaults to Flat_fee_percentage_based, status to Active.",
  security: ADMIN_SECURITY,
  request: { params: AdminFeeCodeParams, body: { content: jsonContent(PutFeeCodeBody), required: true } },
  responses: putResponses(AdminFeeCode),
});
const putSetup = createRoute({
  method: "put",
  path: SETUP_PATH,
  tags,
  summary: "Create or change a tenant's fee setup",
  description:
    'Creating needs fee_calculation_entity, sub_transaction_type, fee_code, assigned_to ("All", an id or ids of the entity) and start_date; an update changes only the fields sent.',
  security: ADMIN_SECURITY,
  request: { params: AdminFeeSetupParams, body: { content: jsonContent(PutFeeSetupBody), required: true } },
  responses: putResponses(AdminFeeSetup),
});
const putExemption = createRoute({
  method: "put",
  path: EXEMPTION_PATH,
  tags,
  summary: "Create or change a tenant's fee exemption",
  description: 'Creating needs fee_exemption_entity, sub_transaction_type, assigned_to ("All" or one id), exempted_assets (cash or product ids) and start_date.',
  security: ADMIN_SECURITY,
  request: { params: AdminFeeExemptionParams, body: { content: jsonContent(PutFeeExemptionBody), required: true } },
  responses: putResponses(AdminFeeExemption),
});
const deleteCode = createRoute({ method: "delete", path: CODE_PATH, tags, summary: "Deactivate a tenant's fee code", description: DEACTIVATE, security: ADMIN_SECURITY, request: { params: AdminFeeCodeParams }, responses: deactivateResponses(AdminFeeCode) });
const deleteSetup = createRoute({ method: "delete", path: SETUP_PATH, tags, summary: "Deactivate a tenant's fee setup", description: DEACTIVATE, security: ADMIN_SECURITY, request: { params: AdminFeeSetupParams }, responses: deactivateResponses(AdminFeeSetup) });
const deleteExemption = createRoute({
  method: "delete",
  path: EXEMPTION_PATH,
  tags,
  summary: "Deactivate a tenant's fee exemption",
  description: DEACTIVATE,
  security: ADMIN_SECURITY,
  request: { params: AdminFeeExemptionParams },
  responses: deactivateResponses(AdminFeeExemption),
});

const putSettings = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/fee-settings",
  tags,
  summary: "Set how often a tenant's accrued fees are collected",
  security: ADMIN_SECURITY,
  request: { params: AdminTenantParams, body: { content: jsonContent(FeeSettings), required: true } },
  responses: { 200: { description: "The settings", content: jsonContent(FeeSettings) }, ...problemResponses(400, 401, 404, 413, 415) },
});

/** The operator's recurring-fee configuration, each change a command of the tenant object. */
export const feeAdminRoutes = createRouter()
  .openapi(putCode, (c) => {
    const { tenant_id, fee_code } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_code.put", { ...c.req.valid("json"), fee_code }) as never;
  })
  .openapi(deleteCode, (c) => {
    const { tenant_id, fee_code } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_code.deactivate", { fee_code }) as never;
  })
  .openapi(putSetup, (c) => {
    const { tenant_id, fee_setup_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_setup.put", { ...c.req.valid("json"), fee_setup_id }) as never;
  })
  .openapi(deleteSetup, (c) => {
    const { tenant_id, fee_setup_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_setup.deactivate", { fee_setup_id }) as never;
  })
  .openapi(putExemption, (c) => {
    const { tenant_id, fee_exemption_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_exemption.put", { ...c.req.valid("json"), fee_exemption_id }) as never;
  })
  .openapi(deleteExemption, (c) => {
    const { tenant_id, fee_exemption_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_exemption.deactivate", { fee_exemption_id }) as never;
  })
  .openapi(putSettings, (c) => {
    const { tenant_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fee_settings.put", c.req.valid("json")) as never;
  });
