/**
 * The address of every view, so Today, search and the People directory can link straight
 * to an interviewer's email, a letter or a review, and Back and Forward walk through them.
 */
export type PersonSection = 'noted' | 'email' | 'letter' | 'card';
export type FollowThroughTab = 'plan' | 'review' | 'outcome' | 'prep';
export const PERSON_SECTIONS: readonly PersonSection[] = ['noted', 'email', 'letter', 'card'];
export const FOLLOW_THROUGH_TABS: readonly FollowThroughTab[] = ['plan', 'review', 'outcome', 'prep'];

const interview = (opportunityId: string, interviewId: string) => `/opportunities/${opportunityId}/interviews/${interviewId}`;

export const paths = {
  home: () => '/',
  today: () => '/today',
  newOpportunity: () => '/opportunities/new',
  opportunity: (id: string) => `/opportunities/${id}`,
  interview,
  person: (opportunityId: string, interviewId: string, personId: string, section: PersonSection = 'noted') =>
    `${interview(opportunityId, interviewId)}/people/${personId}/${section}`,
  /** The first interviewer whose email (or letter) still waits: where Today's "Open" lands. */
  nextNote: (opportunityId: string, interviewId: string, kind: 'email' | 'letter') => `${interview(opportunityId, interviewId)}/next/${kind}`,
  followThrough: (opportunityId: string, interviewId: string, tab: FollowThroughTab) => `${interview(opportunityId, interviewId)}/follow-through/${tab}`,
  people: () => '/people',
  directoryPerson: (personId: string) => `/people/${personId}`,
  print: () => '/print',
  settings: () => '/settings',
};

export function isPersonSection(value: string | undefined): value is PersonSection {
  return PERSON_SECTIONS.includes(value as PersonSection);
}

export function isFollowThroughTab(value: string | undefined): value is FollowThroughTab {
  return FOLLOW_THROUGH_TABS.includes(value as FollowThroughTab);
}
