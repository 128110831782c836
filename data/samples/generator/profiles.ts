/**
 * The knobs of one synthetic agency: catalogue shape, dossier volume, channel mix and timeliness.
 * Curves hold one value per 1 January from 2021 on and are interpolated between, held after the end.
 */
export type Curve = readonly number[];

export interface FieldTemplate {
  /** Lĩnh vực as shown in the catalogue */
  name: string;
  /** index into the agency's departments */
  department: number;
  /**
   * Procedure names. An item starting with a document ("giấy phép …", "thẻ …") becomes several
   * procedures (Cấp, Cấp lại, …); any other item is a complete procedure name.
   */
  items: readonly string[];
}

export interface AgencyProfile {
  code: string;
  name: string;
  nameEn: string;
  departments: readonly string[];
  fields: readonly FieldTemplate[];
  /** caps the catalogue; by default it holds every procedure the templates produce */
  procedures?: number;
  /** share of the catalogue at Toàn trình / Một phần online level; the rest is Không */
  fullOnline: number;
  partialOnline: number;
  /** share with fees, and the share of those payable online */
  feeShare: number;
  onlinePaymentShare: number;
  /** dossiers received per year */
  volume: Curve;
  /** share of dossiers submitted online */
  online: Curve;
  digitized: Curve;
  /** share of resolved dossiers with a digitally signed result */
  signed: number;
  /** of the offline dossiers, the share sent by post */
  postal: number;
  /** of the resolved dossiers: late, and resolved on the due day itself; the rest is early */
  late: number;
  onTime: number;
  /** the one-stop software of some agencies books every appointment at 17:00, others at the receipt time */
  dueAtClose: boolean;
  /** PAKN per year */
  feedback: number;
}

/** Straight line from the 2021 value to the 2026 value. */
export const linear = (from: number, to: number): Curve => Array.from({ length: 6 }, (_, i) => from + ((to - from) * i) / 5);

/** Rises quickly from `from` towards `to`, as the online-service push of 2022–2023 did. */
export const saturating = (from: number, to: number, halfLifeYears = 1): Curve =>
  Array.from({ length: 6 }, (_, i) => to - (to - from) * 0.5 ** (i / halfLifeYears));

export function curveAt(curve: Curve, years: number): number {
  if (years <= 0) return curve[0]!;
  if (years >= curve.length - 1) return curve[curve.length - 1]!;
  const i = Math.floor(years);
  return curve[i]! + (curve[i + 1]! - curve[i]!) * (years - i);
}
