import { z } from "@hono/zod-openapi";
import { pageFields } from "../../platform/pagination";
import { wireDate, wireDateTime } from "../../platform/wire-resources";

const tag = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, "may contain only letters, digits and _ . : -")
  .openapi({ example: "reconciliation:holdings" });

/** Tags of a file: at most 10, each at most 64 characters of letters, digits and `_ . : -`. */
export const Tags = z.array(tag).max(10);

export const FileResource = z
  .object({
    file_id: z.string().openapi({ example: "FILE-AHY58878" }),
    file_name: z.string().openapi({ example: "holdings-2026-11-30.csv" }),
    tags: z.array(z.string()),
    uploaded_date: wireDate,
    size: z.number().int().openapi({ description: "Extension: bytes" }),
    content_type: z.string().openapi({ description: "Extension: the media type", example: "text/csv" }),
    sha256: z.string().openapi({ description: "Extension: SHA-256 of the content, lowercase hex" }),
  })
  .openapi("File");

export const FileList = z.object({ files: z.array(FileResource), next_page_available: z.boolean() }).openapi("FileList");

export const FileParams = z.object({
  file_id: z.string().min(1).max(64).openapi({ param: { name: "file_id", in: "path" }, example: "FILE-AHY58878" }),
});

export const FILE_PAGING = { pageSize: 100, maxPageSize: 1000 };

export const ListFilesQuery = z.object({
  tag: tag.optional().openapi({ description: "Only files carrying this tag" }),
  ...pageFields(FILE_PAGING),
  sort: z.enum(["asc", "desc"]).optional(),
});

export const FileUrl = z
  .object({
    file_id: z.string(),
    url: z.string().openapi({ description: "Signed download URL served by Coffer; no API key needed", example: "https://acme.api.example.com/files/v1/FILE-AHY58878/content?expires=1764553500&signature=…" }),
    expires_at: wireDateTime,
  })
  .openapi("FileUrl");

export const SignedDownloadParams = FileParams;
export const SignedDownloadQuery = z.object({
  expires: z.string().regex(/^\d{1,12}$/, "must be a Unix time in seconds").openapi({ description: "Unix time (seconds) after which the URL is refused" }),
  signature: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be 43 base64url characters").openapi({ description: "HMAC-SHA-256 over tenant, file id and expiry, base64url" }),
});

/**
 * A key inside the inbound store, relative to a prefix: segments of letters, digits and `_ . -`
 * separated by `/`, none of them `.` or `..` (so it cannot leave the prefix).
 */
const RELATIVE_KEY = "^(?!(?:.*/)?\\.\\.?(?:/|$))[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$";
const relativeKey = (example: string) =>
  z
    .string()
    .min(1)
    .max(512)
    .regex(new RegExp(RELATIVE_KEY), "must be a relative path of letters, digits and _ . - segments separated by /, without . or .. segments")
    .openapi({ example });

const inboundPath = relativeKey("daily/holdings-2026-11-30.csv");

const pathEntry = z.union([
  inboundPath,
  z.object({ type: z.enum(["bk", "dc", "sr", "fx"]).openapi({ description: "WealthOS file type (kept as the tag `type:<type>`)" }), path: inboundPath }).strict(),
]);

export const UploadFilesBody = z
  .object({
    file_paths: z.array(pathEntry).min(1).max(20).openapi({ description: "Paths relative to the tenant's inbound-store prefix (or `{ type, path }` objects)" }),
    tags: Tags.optional().openapi({ description: "Stored on every copied file; a `reconciliation:*` or `ingest:transactions` tag starts its job" }),
  })
  .openapi("UploadFilesBody");

export const UploadFilesResponse = z
  .object({
    bucket: z.string().openapi({ example: "coffer-files" }),
    keys: z.array(z.string()),
    file_ids: z.array(z.string()).openapi({ description: "Extension: the new files' ids, in the order of `keys`" }),
  })
  .openapi("UploadFilesResponse");

export const DirectUploadParams = z.object({
  file_name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 _.()-]*$/, "may contain only letters, digits, spaces and _ . ( ) -")
    .openapi({ param: { name: "file_name", in: "path" }, example: "holdings-2026-11-30.csv" }),
});

export const DirectUploadQuery = z.object({
  tags: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}(?:,[A-Za-z0-9_.:-]{1,64}){0,9}$/, "must be at most 10 comma-separated tags, each 1 to 64 letters, digits or _ . : -")
    .optional()
    .openapi({ description: "Comma-separated tags (each as in `tags` of the utility upload)", example: "reconciliation:holdings" }),
});

/** What `file.register` stores for each file (built by the Worker after the bytes are in R2). */
export const NewFile = z.object({
  file_id: z.string().regex(/^FILE-[A-Z]{3}\d{5}$/),
  file_name: z.string().min(1).max(512),
  tags: Tags,
  size: z.number().int().min(0),
  content_type: z.string().min(1).max(128),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  object_key: z.string().min(1).max(1024),
  source: z.enum(["inbound_store", "direct"]),
  source_path: z.string().max(1024).optional(),
});

export const RegisterFilesInput = z.object({ files: z.array(NewFile).min(1).max(20) });
export type NewFile = z.infer<typeof NewFile>;

export const InboundStoreParams = z.object({
  tenant_id: z.string().min(1).max(63).openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
});

export const InboundStoreBody = z
  .object({
    prefix: z
      .string()
      .min(1)
      .max(256)
      .regex(/^(?!(?:.*\/)?\.\.?\/)[A-Za-z0-9_.-]+\/(?:[A-Za-z0-9_.-]+\/)*$/, "must be segments of letters, digits and _ . - each ending with /, without . or .. segments")
      .openapi({ example: "acme/" }),
  })
  .openapi("InboundStoreBody");

export const InboundStore = z
  .object({ tenant_id: z.string(), bucket: z.string().openapi({ example: "coffer-inbound" }), prefix: z.string() })
  .openapi("InboundStore");

export const InboundObjectParams = InboundStoreParams.extend({
  key: relativeKey("holdings-2026-11-30.csv").openapi({ param: { name: "key", in: "path" }, description: "Key under the tenant's prefix; encode `/` as %2F" }),
});

export const InboundObject = z
  .object({ tenant_id: z.string(), bucket: z.string(), key: z.string().openapi({ description: "The full key: prefix + key" }), size: z.number().int() })
  .openapi("InboundObject");
