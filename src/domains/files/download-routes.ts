import { createRoute, z } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, problemResponses } from "../../platform/openapi";
import { resolveHost } from "../../platform/tenancy";
import { FILE, type FileData } from "./model";
import { SignedDownloadParams, SignedDownloadQuery } from "./schema";
import { verifyDownload } from "./signing";

const downloadRoute = createRoute({
  method: "get",
  path: "/files/v1/{file_id}/content",
  tags: ["Documents"],
  summary: "Download a file through a signed URL (extension)",
  description:
    "The URL `GET /tenant/files/v1/{file_id}/url` hands out, on the tenant's host; no API key. " +
    "An altered or expired URL, or one used on another tenant's host, is a 401 `download_url_invalid`.",
  request: { params: SignedDownloadParams, query: SignedDownloadQuery },
  responses: {
    200: { description: "The file's bytes, with its content type", content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } } },
    ...problemResponses(400, 401, 404),
  },
});

const invalid = () => new ApiError("download_url_invalid", "This download URL is not valid (altered, expired or for another tenant); ask for a new one");

/** The signed download: verified against the host's tenant, the expiry read on that tenant's clock. */
export const fileDownloadRoutes = createRouter().openapi(downloadRoute, async (c) => {
  const target = resolveHost(new URL(c.req.url).host, c.env.BASE_DOMAIN);
  if (target.kind !== "tenant") throw new ApiError("tenant_not_found", `Files are served on {tenant}.${c.env.BASE_DOMAIN}`);
  const { file_id } = c.req.valid("param");
  const { expires, signature } = c.req.valid("query");
  const secret = c.env.FILES_URL_SECRET;
  if (!secret || !(await verifyDownload(secret, target.tenantId, file_id, Number(expires), signature))) throw invalid();
  const nowMs = await c.env.TENANT.getByName(target.tenantId).clockNowMs();
  if (nowMs > Number(expires) * 1000) throw invalid();
  const record = await findResource<FileData>(database(c.env.DB), target.tenantId, FILE, file_id);
  const object = record ? await c.env.FILES.get(record.data.object_key) : null;
  if (!record || !object) throw new ApiError("resource_not_found", `File '${file_id}' does not exist`, { errors: [{ field: "file_id", message: "unknown file" }] });
  const name = record.data.file_name.replace(/["\\\r\n]/g, "_");
  return new Response(object.body, {
    status: 200,
    headers: {
      "content-type": record.data.content_type,
      "content-length": String(object.size),
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      etag: `"${record.data.sha256}"`,
    },
  }) as never;
});
