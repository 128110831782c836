// The keys of data/templates/cchc-report.json and the placeholders the report supplies to each. The
// file must have every key and may use any of its placeholders (or none); nothing else.
const MONTH = ['month', 'year'] as const;
const QUARTER = ['quarter', 'roman', 'year'] as const;
const YEAR = ['year'] as const;
const MOVED = ['places', 'previousYear'] as const;
const PREVIOUS = ['previousYear'] as const;

export const CCHC_TEMPLATE_SPEC = {
  title: ['period', 'agency'],
  'file.name': ['agency', 'period'],

  /** The period as titles and filters name it ("6 tháng đầu năm 2023"). */
  'period.month': MONTH,
  'period.quarter': QUARTER,
  'period.half1': YEAR,
  'period.half2': YEAR,
  'period.nineMonths': YEAR,
  'period.year': YEAR,
  /** The period as the dossier sentence names it before its exact dates ("06 tháng đầu năm"). */
  'periodShort.month': MONTH,
  'periodShort.quarter': QUARTER,
  'periodShort.half1': YEAR,
  'periodShort.half2': YEAR,
  'periodShort.nineMonths': YEAR,
  'periodShort.year': YEAR,

  'heading.dossiers': [],
  'heading.procedures': [],
  'heading.feedback': [],
  'heading.indices': [],
  'heading.tasks': [],
  'heading.checks': [],
  'heading.table': [],
  'heading.losses': [],

  'filter.agency': [],
  'filter.period': [],
  'filter.from': [],
  'filter.to': [],
  'filter.calendar': [],
  'filter.indexYear': [],
  'filter.generatedOn': [],
  'calendar.official': [],
  'calendar.calendar': [],
  'indexYear.none': [],

  'dossiers.received': ['period', 'from', 'to', 'received', 'online', 'onlineRate', 'directPostal', 'directPostalRate', 'carriedOver'],
  'dossiers.noneReceived': ['period', 'from', 'to', 'carriedOver'],
  'dossiers.resolved': ['resolved', 'early', 'onTime', 'late', 'onTimeRate'],
  'dossiers.pending': ['pending', 'withinDeadline', 'overdue'],

  'procedures.catalogue': ['total', 'province', 'local', 'district', 'commune', 'asOf'],
  'procedures.onlineLevels': ['online', 'full', 'partial', 'none'],
  'procedures.fullOnline': ['full', 'fullAndPartial', 'fullOnlineShare', 'withDossiers', 'withDossiersRate'],
  'procedures.fees': ['withFees', 'withOnlinePayment', 'onlinePaymentRate'],
  'procedures.none': ['to'],

  'feedback.hotline': ['hotline'],
  'feedback.hotlineNone': [],
  'feedback.summary': [
    'received',
    'hotline',
    'portal',
    'direct',
    'other',
    'answered',
    'answeredOnTime',
    'answeredLate',
    'onTimeRate',
    'open',
    'openWithinDeadline',
    'openOverdue',
    'satisfactionRate',
  ],
  'feedback.none': [],

  'indices.result': ['family', 'year', 'total', 'rank', 'peerCount', 'change'],
  'indices.noTotal': ['family', 'year', 'missing'],
  'indices.losses': ['family', 'year', 'items'],
  'indices.lossItem': ['component', 'lost', 'maxPoints', 'owner'],
  'indices.owner': ['department'],
  'indices.unassigned': [],
  'indices.noneForYear': ['year'],
  'indices.none': [],
  'change.up': MOVED,
  'change.down': MOVED,
  'change.same': PREVIOUS,
  'change.no-previous': PREVIOUS,
  'change.methodology-changed': PREVIOUS,
  'change.peer-group-changed': PREVIOUS,
  'change.not-ranked': PREVIOUS,
  'change.no-total': PREVIOUS,

  'tasks.summary': ['asOf', 'total', 'done', 'inProgress', 'overdue'],
  'tasks.overdueByDepartment': ['items'],
  'tasks.overdueItem': ['department', 'count'],
  'tasks.none': ['asOf'],

  'checks.consistent': ['checked'],
  'checks.inconsistent': ['issues'],

  'row.received': [],
  'row.receivedOnline': [],
  'row.receivedDirectPostal': [],
  'row.carriedOver': [],
  'row.resolved': [],
  'row.resolvedEarly': [],
  'row.resolvedOnTime': [],
  'row.resolvedLate': [],
  'row.pending': [],
  'row.pendingWithinDeadline': [],
  'row.pendingOverdue': [],

  'column.no': [],
  'column.indicator': [],
  'column.count': [],
  'column.rate': [],
  'column.index': [],
  'column.component': [],
  'column.maxPoints': [],
  'column.achieved': [],
  'column.lost': [],
  'column.owner': [],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type CchcTemplateSpec = typeof CCHC_TEMPLATE_SPEC;
export type CchcTemplateKey = keyof CchcTemplateSpec;
