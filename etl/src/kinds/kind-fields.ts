import type { EtlKind } from '@cchc/domain';

export interface KindFields {
  /** Without these a file of the kind cannot be loaded at all. */
  required: readonly string[];
  optional: readonly string[];
}

/** The canonical fields of each kind; profiles map vendors' headers onto these names. */
export const KIND_FIELDS: Record<EtlKind, KindFields> = {
  dossiers: {
    required: ['dossierCode', 'procedureCode', 'channel', 'receivedAt', 'dueAt', 'resultAt'],
    optional: ['procedureName', 'field', 'agency', 'department', 'status', 'signed', 'digitized', 'paidOnline', 'applicant'],
  },
  agencies: { required: ['code', 'name'], optional: ['nameEn', 'departments', 'unitKind', 'validFrom', 'validTo', 'successor'] },
  procedures: {
    required: ['procedureCode', 'procedureName', 'level', 'onlineLevel'],
    optional: ['field', 'agency', 'hasFee', 'onlinePayment', 'asOf'],
  },
  // wide files carry one column per framework node besides these; long files carry nodeCode + score
  scores: { required: ['unitCode', 'year'], optional: ['unitName', 'peerGroup', 'total', 'rank', 'nodeCode', 'score'] },
  survey: { required: ['unitCode', 'year', 'questionCode', 'answer'], optional: ['respondentId', 'unitName', 'peerGroup'] },
  feedback: {
    required: ['feedbackCode', 'source', 'receivedAt', 'dueAt'],
    optional: ['agency', 'department', 'answeredAt', 'satisfied'],
  },
};
