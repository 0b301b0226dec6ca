import { rollAccountCounters } from "./custody/accounts";
import { snapshotPots } from "./custody/snapshots";
import { settleDueTrades } from "./custody/trade-jobs";
import type { DayCloseStep, TaxYearStep } from "./clock/day-close";
import { accrueInterest } from "./domains/cash-deposits/interest";
import { submitHmrcClaims } from "./custody/hmrc-claims";
import { accrueFees } from "./domains/fees/accrual";
import { collectFees } from "./domains/fees/collection";

/**
 * The steps of a tenant's day-close, in order: settle what falls due, then the daily holding
 * snapshot. Accrual hooks (fees, interest) of later features register here, after the snapshot.
 */
export const DAY_CLOSE_STEPS: readonly DayCloseStep[] = [settleDueTrades, snapshotPots, accrueInterest, accrueFees, collectFees, submitHmrcClaims];

/** The steps of the UK tax-year roll (00:00 London on 6 April): account counters and allowances. */
export const TAX_YEAR_STEPS: readonly TaxYearStep[] = [rollAccountCounters];
