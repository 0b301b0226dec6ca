/**
 * A file (document, reconciliation file) as the tenant object stores it: metadata only; the
 * bytes live in the R2 files bucket under `objectKey`. The read model serves GETs and lists.
 */
import { toWire } from "../../platform/wire-absent";
import { FileResource } from "./schema";

/** Entity kind of a file (`FILE-AHY58878`). */
export const FILE = "file";
/** Entity kind (and id) of a tenant's inbound-store settings. */
export const INBOUND_STORE = "inbound_store";

/** Content types a file may have (the direct upload accepts only these). */
export const CONTENT_TYPES = ["text/csv", "application/json", "application/pdf", "image/png", "image/jpeg", "text/plain"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** Largest file the direct upload (and the inbound copy) accepts: 25 MiB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface FileData {
  file_id: string;
  file_name: string;
  tags: string[];
  uploaded_date: string;
  size: number;
  content_type: string;
  sha256: string;
  /** Where the bytes are in the files bucket. */
  object_key: string;
  /** `inbound_store` (utility upload, with the source path) or `direct`. */
  source: "inbound_store" | "direct";
  source_path?: string;
}

export interface InboundStoreData {
  prefix: string;
}

/** The files bucket key of a tenant's file. */
export function objectKey(tenantId: string, fileId: string): string {
  return `tenants/${tenantId}/files/${fileId}`;
}

/** The inbound-store prefix of a tenant when the operator set none. */
export function defaultInboundPrefix(tenantId: string): string {
  return `${tenantId}/`;
}

/** The metadata as the wire shows it. */
export function toFile(data: FileData) {
  return toWire(FileResource, {
    file_id: data.file_id,
    file_name: data.file_name,
    tags: data.tags,
    uploaded_date: data.uploaded_date,
    size: data.size,
    content_type: data.content_type,
    sha256: data.sha256,
  });
}

/** The content type a file name suggests (for inbound objects stored without one). */
export function contentTypeOf(fileName: string, stored: string | undefined): string {
  if (stored && stored !== "application/octet-stream") return stored.split(";")[0]!.trim().toLowerCase();
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const byExt: Record<string, ContentType> = { csv: "text/csv", json: "application/json", pdf: "application/pdf", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", txt: "text/plain" };
  return byExt[ext] ?? "application/octet-stream";
}
