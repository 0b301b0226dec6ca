import { COLLECTION_FREQUENCIES, type CollectionFrequency } from "./model";

const SETTING = "fee_collection_frequency";

/** The tenant's fee collection frequency (monthly unless the operator chose quarterly). */
export function collectionFrequency(sql: SqlStorage): CollectionFrequency {
  const value = sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = ?", SETTING).toArray()[0]?.value;
  return (COLLECTION_FREQUENCIES as readonly string[]).includes(value ?? "") ? (value as CollectionFrequency) : "monthly";
}

export function saveCollectionFrequency(sql: SqlStorage, frequency: CollectionFrequency): void {
  sql.exec("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value", SETTING, frequency);
}
