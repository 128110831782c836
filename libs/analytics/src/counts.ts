/** ClickHouse returns UInt64 counts as strings (JSON cannot hold them safely); ours fit a number. */
export function count(value: string | undefined): number {
  return Number(value ?? 0);
}
