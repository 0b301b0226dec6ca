/**
 * An execution venue: where buy and sell orders are filled and from which they settle. Pure,
 * like the identity-check providers: the tenant object stores orders, locks and settles them,
 * and runs the venue's steps on its alarm, so a real venue (a broker's API answering by
 * webhook) fits behind the same interface.
 */
export interface OrderToFill {
  side: "buy" | "sell";
  investmentProductId: string;
  /** The product's current price (decimal string) when the step runs. */
  currentPrice: string;
}

export interface ExecutionVenue {
  readonly name: string;
  /** How long after instruction the fill step runs. */
  readonly fillDelayMs: number;
  /** The price an order fills at. */
  fillPrice(order: OrderToFill): string;
}

/** Delay between an instruction and its sandbox fill (run by the tenant object's alarm). */
export const SANDBOX_FILL_DELAY_MS = 1000;

/** Deterministic built-in venue: fills every order at the product's current price. */
export const sandboxVenue: ExecutionVenue = {
  name: "sandbox",
  fillDelayMs: SANDBOX_FILL_DELAY_MS,
  fillPrice: (order) => order.currentPrice,
};

/** The venue orders go to. Coffer ships the sandbox; a live venue would be selected here per tenant. */
export function executionVenue(): ExecutionVenue {
  return sandboxVenue;
}
