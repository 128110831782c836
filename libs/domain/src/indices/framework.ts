// An index framework is data: the versioned tree of one index family for a range of years, read from
// data/frameworks/<family>/<year-or-range>.json and checked by parseFramework before anything uses it.

export const INDEX_FAMILIES = ['par', 'sipas', 'papi', 'ddci', 'd766'] as const;
/** 'd766' is the Decision 766/QĐ-TTg service-quality index (a leading digit is not a valid name). */
export type IndexFamily = (typeof INDEX_FAMILIES)[number];

export const DIRECTIONS = ['higher-better', 'lower-better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const NODE_SOURCES = ['self-assessed', 'appraised', 'survey', 'computed'] as const;
export type NodeSource = (typeof NODE_SOURCES)[number];

export const AGGREGATIONS = ['sum', 'weighted-sum', 'mean'] as const;
/**
 * How a parent's score comes from its children's (the framework's own rule for the total):
 * - sum: children's points add up to the parent's, so their maxima must too;
 * - mean: children share the parent's scale (SIPAS overall = mean of elements);
 * - weighted-sum: each child as a share of its maximum, weighted, then put on the parent's maximum
 *   (DDCI: nine 1–10 components → total out of 100). Weights are relative: 0.2 and 20 mean the same.
 */
export type Aggregation = (typeof AGGREGATIONS)[number];

export const CONFIDENCES = ['verified', 'secondary', 'unverified'] as const;
/** DOMAIN.md's [V], [V2] and [UNVERIFIED]: unverified figures are editable defaults, never facts. */
export type Confidence = (typeof CONFIDENCES)[number];

export const BAND_KINDS = ['quartile', 'threshold'] as const;
export type BandKind = (typeof BAND_KINDS)[number];

export interface FrameworkDecision {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  issuer: string;
}

export interface FrameworkScale {
  min: number;
  max: number;
  /** Decimals computed totals are rounded to before they are compared or ranked. */
  decimals: number;
}

export interface BandGroup {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Inclusive lower bound: a percentile (quartile bands) or a total on the framework's scale (threshold bands). */
  from: number;
}

export interface FrameworkBands {
  kind: BandKind;
  /** Best group first, lower bounds strictly decreasing. */
  groups: readonly BandGroup[];
}

/** Likert scale of survey answers and the answer from which a respondent counts as satisfied. */
export interface SurveyScale {
  answerMin: number;
  answerMax: number;
  satisfiedFrom: number;
}

export interface FrameworkNode {
  /** Unique in the whole tree; also the column header of wide score files. */
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  minPoints?: number;
  /** Only under a weighted-sum parent. */
  weight?: number;
  direction: Direction;
  source: NodeSource;
  /** Human-readable rule for computed nodes; documentation, never evaluated. */
  formula?: string;
  /** Required exactly when the node has children. */
  aggregation?: Aggregation;
  children?: readonly FrameworkNode[];
  /** SIPAS: codes of the survey questions whose answers measure this element. */
  questions?: readonly string[];
  /**
   * DDCI: the raw indicator is bad when high (informal charges, days lost), so min–max normalisation
   * is inverted. `direction` still describes the normalised score, which is always better when high.
   */
  negative?: boolean;
  /** Decision 766: the ratio (in %) at which the node earns its full points. */
  threshold?: number;
  /** Confidence of this node's figures (maxPoints, weight, threshold) when it differs from the framework's. */
  confidence?: Confidence;
  notes?: string;
}

export interface Framework {
  family: IndexFamily;
  /** The methodology's identity: a score change across two versions is not comparable. */
  version: string;
  yearFrom: number;
  /** null: still in force. */
  yearTo: number | null;
  decision?: FrameworkDecision;
  scale: FrameworkScale;
  /** Whether a higher total ranks better. */
  direction: Direction;
  /** How the top-level nodes make the total. */
  aggregation: Aggregation;
  bands?: FrameworkBands;
  survey?: SurveyScale;
  /** The weakest confidence among the figures that change a score. */
  confidence: Confidence;
  notes?: string;
  nodes: readonly FrameworkNode[];
}
