import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { database } from "../../db/client";
import { findResource, listResources, term } from "../../db/resources";
import type { AppEnv } from "../../platform/app-env";
import { ApiError } from "../../platform/errors/api-error";
import { Problem } from "../../platform/errors/problem";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { pageRequest } from "../../platform/pagination";
import { commandEnvelope, commandHttpResponse } from "../../tenant/client";
import type { CommandResponse } from "../../tenant/commands";
import { CONTENT_TYPES, defaultInboundPrefix, FILE, INBOUND_STORE, MAX_FILE_BYTES, objectKey, toFile, type FileData, type InboundStoreData } from "./model";
import {
  DirectUploadParams,
  DirectUploadQuery,
  FILE_PAGING,
  FileList,
  FileParams,
  FileResource,
  FileUrl,
  ListFilesQuery,
  Tags,
  UploadFilesBody,
  UploadFilesResponse,
  type NewFile,
} from "./schema";
import { downloadUrl, URL_LIFETIME_SECONDS } from "./signing";
import { copyFromInbound, putFile, removeFiles } from "./storage";
import { readUpTo } from "../../platform/body";

const tags = ["Documents"];
const BASE = "/tenant/files/v1";

const listFilesRoute = createRoute({
  method: "get",
  path: BASE,
  tags,
  summary: "List files (extension)",
  description: "Newest first unless `sort=asc`; `tag` keeps the files carrying that tag. Paging defaults 100/1, max 1000.",
  security: TENANT_SECURITY,
  request: { query: ListFilesQuery },
  responses: { 200: { description: "A page of files", content: jsonContent(FileList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getFileRoute = createRoute({
  method: "get",
  path: `${BASE}/{file_id}`,
  tags,
  summary: "Get document data (BETA)",
  description: "Metadata of a file: name, tags, upload date; size, content type and SHA-256 as extensions.",
  security: TENANT_SECURITY,
  request: { params: FileParams },
  responses: { 200: { description: "The file's metadata", content: jsonContent(FileResource) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const fileUrlRoute = createRoute({
  method: "get",
  path: `${BASE}/{file_id}/url`,
  tags,
  summary: "Retrieve document (BETA)",
  description: "A download URL signed for this tenant and file, valid for 15 minutes on the tenant clock; it needs no API key.",
  security: TENANT_SECURITY,
  request: { params: FileParams },
  responses: { 200: { description: "The signed URL", content: jsonContent(FileUrl) }, ...problemResponses(...TENANT_PROBLEMS, 503) },
});

const directUploadRoute = createRoute({
  method: "put",
  path: `${BASE}/uploads/{file_name}`,
  tags,
  summary: "Upload a file directly (extension)",
  description:
    `The body is the file itself (at most ${MAX_FILE_BYTES / 1024 / 1024} MiB), sent as one of ${CONTENT_TYPES.join(", ")}. ` +
    "`tags` (comma-separated) are stored on the file; a `reconciliation:*` or `ingest:transactions` tag starts its job at once.",
  security: TENANT_SECURITY,
  request: {
    headers: IdempotencyHeader,
    params: DirectUploadParams,
    query: DirectUploadQuery,
    // Plain schemas, not zod: the body is the file, read by the handler (no JSON validation).
    body: { content: Object.fromEntries(CONTENT_TYPES.map((t) => [t, { schema: { type: "string" as const, format: "binary" } }])), required: true },
  },
  responses: {
    201: { description: "The stored file", content: jsonContent(FileResource) },
    ...problemResponses(...TENANT_WRITE_PROBLEMS),
    413: { description: `Body larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, content: { "application/problem+json": { schema: Problem } } },
    415: { description: "Content type not accepted", content: { "application/problem+json": { schema: Problem } } },
  },
});

const uploadRoute = createRoute({
  method: "post",
  path: "/tenant/utility/v1/upload-a-file",
  tags: ["Utility"],
  summary: "File upload",
  description:
    "Copies each path (relative to the tenant's inbound-store prefix) into the files bucket: all or nothing; a missing path is a 400 naming `file_paths.N`. " +
    "`tags` are stored on every copied file.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(UploadFilesBody), required: true } },
  responses: { 200: { description: "Where the files are now", content: jsonContent(UploadFilesResponse) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

function notFound(fileId: string): ApiError {
  return new ApiError("resource_not_found", `File '${fileId}' does not exist`, { errors: [{ field: "file_id", message: "unknown file" }] });
}

/** Registers files already in R2; removes their objects when the registration does not take (a refusal or a replay). */
async function register(c: Context<AppEnv>, files: NewFile[], rawBody: unknown): Promise<CommandResponse> {
  const tenant = c.get("tenant");
  const envelope = await commandEnvelope(c, tenant, "file.register", { files }, rawBody);
  let answer: CommandResponse;
  try {
    answer = (await c.env.TENANT.getByName(tenant.id).execute(envelope)) as unknown as CommandResponse;
  } catch (error) {
    await removeFiles(c.env.FILES, files);
    throw error;
  }
  if (answer.status >= 300 || answer.headers?.["idempotent-replayed"]) await removeFiles(c.env.FILES, files);
  return answer;
}

function parseTags(text: string | undefined): string[] {
  if (text === undefined || text === "") return [];
  const parsed = Tags.safeParse(text.split(","));
  if (!parsed.success) throw ApiError.validation([{ field: "tags", message: "comma-separated tags: at most 10, each 1–64 letters, digits or _ . : -" }]);
  return parsed.data;
}

const router = createRouter();

/** Files: metadata from D1, bytes in R2, writes through the tenant object. */
export const fileRoutes = router
  .openapi(listFilesRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, FILE_PAGING);
    const filter = query.tag ? { terms: [term("tags", query.tag)] } : {};
    const { items, nextPageAvailable } = await listResources<FileData>(database(c.env.DB), c.get("tenant").id, FILE, page, filter);
    return c.json({ files: items.map((r) => toFile(r.data)), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getFileRoute, async (c) => {
    const { file_id } = c.req.valid("param");
    const record = await findResource<FileData>(database(c.env.DB), c.get("tenant").id, FILE, file_id);
    if (!record) throw notFound(file_id);
    return c.json(toFile(record.data), 200);
  })
  .openapi(fileUrlRoute, async (c) => {
    const { file_id } = c.req.valid("param");
    const tenant = c.get("tenant");
    const record = await findResource<FileData>(database(c.env.DB), tenant.id, FILE, file_id);
    if (!record) throw notFound(file_id);
    const secret = c.env.FILES_URL_SECRET;
    if (!secret) throw new ApiError("service_unavailable", "Download URLs are off: the FILES_URL_SECRET secret is not set");
    // Expiry on the tenant clock, so a sandbox tenant's test clock ages its URLs too.
    const nowMs = await c.env.TENANT.getByName(tenant.id).clockNowMs();
    const expires = Math.floor(nowMs / 1000) + URL_LIFETIME_SECONDS;
    const url = await downloadUrl(new URL(c.req.url).origin, secret, tenant.id, file_id, expires);
    return c.json({ file_id, url, expires_at: new Date(expires * 1000).toISOString() }, 200);
  })
  .openapi(directUploadRoute, async (c) => {
    const { file_name } = c.req.valid("param");
    const fileTags = parseTags(c.req.valid("query").tags);
    const contentType = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!(CONTENT_TYPES as readonly string[]).includes(contentType)) {
      throw new ApiError("unsupported_media_type", `Files are accepted as ${CONTENT_TYPES.join(", ")}`);
    }
    const tooLarge = () => new ApiError("payload_too_large", `Files are limited to ${MAX_FILE_BYTES} bytes`);
    const declared = c.req.header("content-length");
    if (declared !== undefined && Number(declared) > MAX_FILE_BYTES) throw tooLarge();
    const bytes = await readUpTo(c.req.raw.body, MAX_FILE_BYTES);
    if (!bytes) throw tooLarge();
    const file = await putFile(c.env.FILES, c.get("tenant").id, file_name, bytes, contentType, fileTags, { kind: "direct" });
    // The Idempotency-Key binds the name, the tags and the content.
    const answer = await register(c, [file], { file_name, tags: fileTags, sha256: file.sha256 });
    if (answer.status >= 300) return commandHttpResponse(answer) as never;
    const body = answer.body as { files: unknown[] };
    return commandHttpResponse({ ...answer, body: body.files[0] }) as never;
  })
  .openapi(uploadRoute, async (c) => {
    const body = c.req.valid("json");
    const tenant = c.get("tenant");
    const store = await findResource<InboundStoreData>(database(c.env.DB), tenant.id, INBOUND_STORE, INBOUND_STORE);
    const prefix = store?.data.prefix ?? defaultInboundPrefix(tenant.id);
    const entries = body.file_paths.map((p) => (typeof p === "string" ? { path: p, tags: body.tags ?? [] } : { path: p.path, tags: [...(body.tags ?? []), `type:${p.type}`] }));
    const copied = await copyFromInbound(c.env.INBOUND, c.env.FILES, tenant.id, prefix, entries);
    if (!copied.ok) {
      const at = (i: number) => (typeof body.file_paths[i] === "string" ? `file_paths.${i}` : `file_paths.${i}.path`);
      throw ApiError.validation([
        ...copied.missing.map((i) => ({ field: at(i), message: `'${entries[i]!.path}' does not exist in the inbound store` })),
        ...copied.tooLarge.map((i) => ({ field: at(i), message: `larger than ${MAX_FILE_BYTES} bytes` })),
      ]);
    }
    const answer = await register(c, copied.files, body);
    if (answer.status >= 300) return commandHttpResponse(answer) as never;
    // A replay answers with the files the original request registered.
    const ids = (answer.body as { files: Array<{ file_id: string }> }).files.map((f) => f.file_id);
    const keys = ids.map((id) => objectKey(tenant.id, id));
    return commandHttpResponse({ status: 200, body: { bucket: c.env.FILES_BUCKET_NAME ?? "coffer-files", keys, file_ids: ids }, headers: answer.headers ?? {} }) as never;
  });
