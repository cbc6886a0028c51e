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
];

const VARIANT: Record<English, Array<[word: string, model: string]>> = {
  // British dictionaries have "amidst"; the American one lacks it though it is common there too.
  'en-US': [['amidst', 'amid'], ['parallelize', 'realize'], ['anonymize', 'harmonize']],
  'en-GB': [['parallelise', 'realise'], ['anonymise', 'harmonise'], ['anonymize', 'harmonize']],
};

export function workplaceWords(english: English): Array<[word: string, model: string]> {
  return [...BOTH, ...VARIANT[english]];
}
