import { QUANTITY_SCALE, currencyExponent, isCurrencyCode, type CurrencyCode } from "../money/money";

/** What a position holds: cash in a currency, or units of an instrument. */
export type Asset =
  | { readonly kind: "cash"; readonly currency: CurrencyCode }
  | { readonly kind: "units"; readonly instrument: string };

/** The string form of an asset: `cash:GBP` or `units:inp-ABC12345`. */
export type AssetKey = `cash:${string}` | `units:${string}`;

// Instrument ids end up inside position keys (`account|asset`), so `|` and `:` are excluded.
const INSTRUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Cash in `currency`. */
export function cashAsset(currency: CurrencyCode): Asset {
  return { kind: "cash", currency };
}

/** Units of the instrument with id `instrument` (e.g. `inp-ABC12345`). */
export function unitsAsset(instrument: string): Asset {
  return { kind: "units", instrument };
}

/** The asset's key string: `cash:GBP`, `units:inp-ABC12345`. */
export function assetKey(asset: Asset): AssetKey {
  return asset.kind === "cash" ? `cash:${asset.currency}` : `units:${asset.instrument}`;
}

/** True when the asset is well formed: a supported currency, or a plain instrument id. */
export function isValidAsset(asset: Asset): boolean {
  if (asset.kind === "cash") return isCurrencyCode(asset.currency);
  if (asset.kind === "units") return INSTRUMENT_ID.test(asset.instrument);
  return false;
}

/** Parses an asset key back into an asset, or null when it is not a valid key. */
export function parseAssetKey(key: string): Asset | null {
  const colon = key.indexOf(":");
  if (colon < 0) return null;
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  let asset: Asset;
  if (kind === "cash" && isCurrencyCode(rest)) asset = cashAsset(rest);
  else if (kind === "units") asset = unitsAsset(rest);
  else return null;
  return isValidAsset(asset) ? asset : null;
}

/**
 * Decimal places of the asset's stored integers: the currency's minor unit for cash,
 * `QUANTITY_SCALE` for units.
 */
export function assetScale(asset: Asset): number {
  return asset.kind === "cash" ? currencyExponent(asset.currency) : QUANTITY_SCALE;
}
