/**
 * Sơn Dương district, 2020 (district BHYT plan of 2021, part A.I). The demo spreads these totals over the
 * district's communes so that they add up exactly; nothing here is a real commune's figure.
 */
export const SON_DUONG_2020 = {
  POP: 204908,
  INSURED: 194213,
  CARDS_LOCAL: 160335,
  G1_EMPLOYMENT: 6696,
  G2_SOCIAL_INSURANCE: 5190,
  G3_STATE_BUDGET: 109193,
  G4_BUDGET_SUBSIDISED: 20248,
  G5_HOUSEHOLD: 19008,
  CARDS_ELSEWHERE: 32608,
  CARDS_ARMED_FORCES: 1270,
  /** 13.211 near-poor people; 3.515 of them must buy cover themselves and 1.094 of those had not by 31/3/2021. */
  NEAR_POOR_TOTAL: 13211,
  NEAR_POOR_INSURED: 13211 - 1094,
} as const;

/** Splits `total` in proportion to `weights` into integers that add up to exactly `total` (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (total * w) / sum);
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

/** A small deterministic generator, so the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export type CommuneFigures = Record<string, number>;

/** Figures for `count` communes whose sums are the given district totals and that pass every rule. */
export function spreadDistrict(
  totals: { [K in keyof typeof SON_DUONG_2020]: number },
  count: number,
  seed: number,
): CommuneFigures[] {
  const random = seededRandom(seed);
  const size = Array.from({ length: count }, () => 0.5 + random());
  const jitter = () => size.map((s) => s * (0.85 + 0.3 * random()));
  const groups = ['G1_EMPLOYMENT', 'G2_SOCIAL_INSURANCE', 'G3_STATE_BUDGET', 'G4_BUDGET_SUBSIDISED', 'G5_HOUSEHOLD', 'CARDS_ELSEWHERE', 'CARDS_ARMED_FORCES'] as const;
  const split = Object.fromEntries(groups.map((g) => [g, apportion(totals[g], jitter())])) as Record<(typeof groups)[number], number[]>;
  const uninsured = apportion(totals.POP - totals.INSURED, jitter());
  const nearPoor = apportion(totals.NEAR_POOR_TOTAL, size);
  const nearPoorUninsured = apportion(totals.NEAR_POOR_TOTAL - totals.NEAR_POOR_INSURED, size);
  return size.map((_, i) => {
    const cardsLocal = split.G1_EMPLOYMENT[i] + split.G2_SOCIAL_INSURANCE[i] + split.G3_STATE_BUDGET[i] + split.G4_BUDGET_SUBSIDISED[i] + split.G5_HOUSEHOLD[i];
    const insured = cardsLocal + split.CARDS_ELSEWHERE[i] + split.CARDS_ARMED_FORCES[i];
    return {
      POP: insured + uninsured[i],
      INSURED: insured,
      CARDS_LOCAL: cardsLocal,
      ...Object.fromEntries(groups.map((g) => [g, split[g][i]])),
      NEAR_POOR_TOTAL: nearPoor[i],
      NEAR_POOR_INSURED: nearPoor[i] - Math.min(nearPoor[i], nearPoorUninsured[i]),
    };
  });
}
