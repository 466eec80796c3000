/*
 * Word lists for names. A few names carry accents or non-Latin letters on purpose, so CSV
 * writers, sorting and rendering meet real-world text; e-mail addresses use an ASCII form.
 */

// biome-ignore format: dense lists read better
export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas',
  'Mia', 'James', 'Amelia', 'Benjamin', 'Harper', 'Elijah', 'Evelyn', 'Daniel', 'Abigail',
  'Henry', 'Emily', 'Jack', 'Ella', 'Samuel', 'Grace', 'David', 'Chloe', 'Joseph', 'Zoë',
  'Matthew', 'Priya', 'Arjun', 'Mei', 'Wei', 'Fatima', 'Omar', 'Aisha', 'Kwame', 'Ngozi',
  'Hiroshi', 'Yuki', 'Sofía', 'Mateo', 'Camila', 'Diego', 'Lucía', 'José', 'Chiara',
  'Luca', 'Giulia', 'Søren', 'Ingrid', 'Lars', 'Astrid', 'Łukasz', 'Zofia', 'Hannah',
  'Felix', 'Léa', 'Hugo', 'Chloé', 'Jonas', 'Marie', 'Niamh', 'Siobhán', 'Rhys', 'Ffion',
  'Ana', 'Tomás', 'Dmitri', 'Olga', 'Ravi', 'Anika', 'Jin', 'Seo-yeon', 'Tariq', 'Leila',
];

// biome-ignore format: dense lists read better
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
  'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore',
  'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker',
  'Hall', 'Young', 'King', 'Wright', 'Patel', 'Shah', 'Chen', 'Wang', 'Nguyen', 'Kim',
  'Tanaka', 'Sato', 'Okafor', 'Mensah', 'Haddad', 'Khan', 'Müller', 'Schmidt', 'Schneider',
  'Fischer', 'Weber', 'Dubois', 'Lefèvre', 'Rossi', 'Bianchi', 'Nielsen', 'Johansson',
  'Kowalski', 'Nowak', 'O’Brien', 'Murphy', 'Kelly', 'Evans', 'Hughes', 'Silva', 'Santos',
  'Costa', 'Ivanova', 'Novak', 'Horvat', 'de Vries', 'Jansen', 'Fernández', 'García-Ruiz',
];

// biome-ignore format: dense lists read better
export const COMPANY_PREFIXES = [
  'Granite', 'Bluepeak', 'Northwind', 'Silverline', 'Redwood', 'Ironbridge', 'Clearwater',
  'Summit', 'Harbor', 'Lumen', 'Cobalt', 'Evergreen', 'Brightpath', 'Stonegate', 'Vantage',
  'Meridian', 'Crescent', 'Pioneer', 'Keystone', 'Horizon', 'Atlas', 'Beacon', 'Cedar',
  'Falcon', 'Juniper', 'Maple', 'Orchid', 'Quartz', 'Sable', 'Tidal', 'Willow', 'Zenith',
  'Arrow', 'Copper', 'Delta', 'Ember', 'Fjord', 'Glacier', 'Helix', 'Indigo',
];

// biome-ignore format: dense lists read better
export const COMPANY_NOUNS = [
  'Logistics', 'Health', 'Analytics', 'Systems', 'Labs', 'Software', 'Capital', 'Retail',
  'Energy', 'Foods', 'Media', 'Robotics', 'Insurance', 'Partners', 'Networks', 'Bio',
  'Freight', 'Learning', 'Security', 'Cloud', 'Payments', 'Mobility', 'Materials', 'Studio',
];

export const COMPANY_SUFFIXES = ['', '', '', ' Inc.', ' Ltd', ' GmbH', ' Group', ' & Co.'];

/** Industries with a weight and whether they are in the ideal customer profile. */
export const INDUSTRIES: readonly (readonly [name: string, weight: number, icp: boolean])[] = [
  ['Software', 24, true],
  ['Financial Services', 12, true],
  ['Professional Services', 12, true],
  ['Healthcare', 9, false],
  ['Manufacturing', 10, false],
  ['Retail', 8, false],
  ['Media & Entertainment', 7, true],
  ['Logistics', 7, false],
  ['Education', 6, false],
  ['Government', 3, false],
  ['Telecommunications', 5, true],
];

/** Job titles with a seniority (0 individual contributor … 3 C-level). */
export const TITLES: readonly (readonly [title: string, seniority: number, weight: number])[] = [
  ['Marketing Manager', 0, 14],
  ['Demand Generation Manager', 0, 10],
  ['Marketing Operations Manager', 1, 10],
  ['Sales Operations Analyst', 0, 7],
  ['Revenue Operations Manager', 1, 9],
  ['Director of Marketing', 2, 9],
  ['Director of Sales', 2, 6],
  ['Head of RevOps', 2, 6],
  ['VP Marketing', 2, 6],
  ['VP Sales', 2, 5],
  ['Chief Marketing Officer', 3, 3],
  ['Chief Revenue Officer', 3, 2],
  ['Chief Financial Officer', 3, 2],
  ['Data Analyst', 0, 6],
  ['Growth Marketer', 0, 5],
];

const ASCII: Record<string, string> = {
  ë: 'e',
  é: 'e',
  è: 'e',
  í: 'i',
  á: 'a',
  ó: 'o',
  ø: 'o',
  ł: 'l',
  ü: 'u',
  '’': '',
  "'": '',
  ' ': '',
};

const SLUGS = new Map<string, string>();

/** An e-mail-safe lower-case ASCII form of a name part. */
export function asciiSlug(text: string): string {
  let out = SLUGS.get(text);
  if (out === undefined) {
    out = slugify(text);
    if (SLUGS.size < 10_000) SLUGS.set(text, out);
  }
  return out;
}

function slugify(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const mapped = ASCII[ch];
    if (mapped !== undefined) out += mapped;
    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-') out += ch;
  }
  return out;
}
