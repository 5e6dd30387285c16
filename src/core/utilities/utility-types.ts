/** The kinds of line under a German street, in the order the legend lists them. */
export const UTILITY_TYPES = [
  'water',
  'sewage',
  'gas',
  'power',
  'telecom',
  'district-heating',
  'street-lighting',
] as const;

/** One kind of line. */
export type UtilityType = (typeof UTILITY_TYPES)[number];

/**
 * Colours of German line plans (Spartenpläne): water blue, sewage brown, gas yellow, power red, telecom
 * green, district heating violet, street lighting orange. A Stadtwerk's own plans may differ in shade.
 */
export const UTILITY_COLOURS: Record<UtilityType, string> = {
  water: '#1f6fd1',
  sewage: '#8b5a2b',
  gas: '#f2c200',
  power: '#d62828',
  telecom: '#2e9e44',
  'district-heating': '#8e44ad',
  'street-lighting': '#f28c28',
};

// What the network files of German utilities call them: the German names, and a few short forms.
const ALIASES: Record<string, UtilityType> = {
  wasser: 'water',
  trinkwasser: 'water',
  abwasser: 'sewage',
  kanal: 'sewage',
  sewer: 'sewage',
  strom: 'power',
  electricity: 'power',
  telekommunikation: 'telecom',
  telekom: 'telecom',
  fernwaerme: 'district-heating',
  fernwärme: 'district-heating',
  heating: 'district-heating',
  strassenbeleuchtung: 'street-lighting',
  straßenbeleuchtung: 'street-lighting',
  lighting: 'street-lighting',
};

/** The utility type a file's text names (English or German, any case), or null. */
export function utilityTypeOf(text: string): UtilityType | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((UTILITY_TYPES as readonly string[]).includes(key)) return key as UtilityType;
  return ALIASES[key.replace(/-/g, '')] ?? ALIASES[key] ?? null;
}
