/**
 * Words of today's workplace English that the Hunspell dictionaries (dictionary-en,
 * dictionary-en-gb, both from SCOWL word lists) do not have yet, each in general
 * dictionaries (Merriam-Webster, Oxford). They are added the way Hunspell is meant to be
 * extended, each with a model word whose endings it takes ("lifecycle" like "cycle": lifecycles).
 */
export type English = 'en-US' | 'en-GB';

const BOTH: Array<[word: string, model: string]> = [
  ['lifecycle', 'cycle'],
  ['onboarding', 'boarding'],
  ['onboard', 'board'],
  ['offboarding', 'boarding'],
  ['upskilling', 'skilling'],
  ['upskill', 'skill'],
  ['reskilling', 'skilling'],
  ['roadmap', 'map'],
  ['standup', 'setup'],
  ['scalable', 'capable'],
  ['scalability', 'capability'],
  ['KPI', 'CPU'],
  ['letterform', 'form'],
  ['e-mail', 'mail'],
  ['geofence', 'fence'],
  ['telematics', 'mathematics'],
  ['timesheet', 'sheet'],
  ['chatbot', 'bot'],
  ['backend', 'end'],
  ['frontend', 'end'],
  ['cybersecurity', 'security'],
  ['ecommerce', 'commerce'],
  ['e-commerce', 'commerce'],
  ['upsell', 'sell'],
  ['rollout', 'workout'],
  ['skillset', 'set'],
  ['walkthrough', 'breakthrough'],
  ['copyediting', 'editing'],
  ['geolocation', 'location'],
  ['microservice', 'service'],
  ['livestream', 'stream'],
  ['touchpoint', 'point'],
  ['pushback', 'setback'],
  ['deduplicate', 'duplicate'],
  ['helpdesk', 'desk'],
  ['wifi', 'radio'],
  ['Wi-Fi', 'radio'],
  // Testing and production shorthand in Merriam-Webster: a repro (reproduction) of a bug.
  ['repro', 'radio'],
  // Everyday Indian and Australian English in the Oxford and Merriam-Webster dictionaries, as
  // common in a workplace note there as "fortnight" is in a British one: one lakh (100,000)
  // orders, a crore, "this arvo" (this afternoon); a kirana is a neighbourhood grocery.
  ['lakh', 'book'],
  // Hunspell's English plural rule gives words in -h "-es" (church, churches): the plural is its own word.
  ['lakhs', 'books'],
  ['crore', 'score'],
  ['kirana', 'banana'],
  ['arvo', 'radio'],
];

const VARIANT: Record<English, Array<[word: string, model: string]>> = {
  // British dictionaries have "amidst"; the American one lacks it though it is common there too.
  // "flyer" is Merriam-Webster's variant of "flier", and the common one for a printed leaflet.
  'en-US': [
    ['amidst', 'amid'],
    ['parallelize', 'realize'],
    ['anonymize', 'harmonize'],
    ['flyer', 'player'],
  ],
  'en-GB': [
    ['parallelise', 'realise'],
    ['anonymise', 'harmonise'],
    ['anonymize', 'harmonize'],
  ],
};

export function workplaceWords(english: English): Array<[word: string, model: string]> {
  return [...BOTH, ...VARIANT[english]];
}
