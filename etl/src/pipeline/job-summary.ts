import type { EtlJobSummary } from '@cchc/domain';
import type { EtlJobEntity } from '@cchc/store';

export function toJobSummary(job: EtlJobEntity): EtlJobSummary {
  return {
    id: job.id,
    fileName: job.fileName,
    checksum: job.checksum,
    kind: job.kind,
    profile: job.profile,
    agency: job.agency,
    status: job.status,
    startedAt: new Date(job.startedAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
    rowsRead: job.rowsRead,
    rowsLoaded: job.rowsLoaded,
    rowsRejected: job.rowsRejected,
    message: job.message,
  };
}
