import type { TenantConfig } from "../platform/tenants";

/** The tenant id and configuration last seen by the object, for work started by its alarm. */
export interface ObjectSettings {
  tenantId: string;
  config: TenantConfig;
}

export function saveSettings(sql: SqlStorage, settings: ObjectSettings): void {
  sql.exec(
    "INSERT INTO settings (name, value) VALUES ('tenant', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    JSON.stringify(settings),
  );
}

export function loadSettings(sql: SqlStorage): ObjectSettings | null {
  const row = sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = 'tenant'").toArray()[0];
  return row ? (JSON.parse(row.value) as ObjectSettings) : null;
}
