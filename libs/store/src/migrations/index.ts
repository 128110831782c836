import { EtlJobsAndUnits1700000000001 } from './1700000000001-etl-jobs-and-units';
import { PeerGroups1700000000002 } from './1700000000002-peer-groups';
import { UsersAndAccountability1700000000003 } from './1700000000003-users-and-accountability';
import { DutyRoster1700000000004 } from './1700000000004-duty-roster';

/** Append-only, in order. */
export const MIGRATIONS = [EtlJobsAndUnits1700000000001, PeerGroups1700000000002, UsersAndAccountability1700000000003, DutyRoster1700000000004];
