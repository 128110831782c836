import { EtlJobsAndUnits1700000000001 } from './1700000000001-etl-jobs-and-units';

/** Append-only, in order. */
export const MIGRATIONS = [EtlJobsAndUnits1700000000001];
