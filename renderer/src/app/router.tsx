import { createHashRouter } from 'react-router';
import { FollowThroughPart, NextNoteRedirect, PersonPart } from '../features/interviews/InterviewParts';
import { InterviewWorkspace } from '../features/interviews/InterviewWorkspace';
import { NewOpportunityForm } from '../features/opportunities/NewOpportunityForm';
import { OpportunityOverview } from '../features/opportunities/OpportunityOverview';
import { PeopleDirectory } from '../features/people/PeopleDirectory';
import { TodayPage } from '../features/follow-through/TodayPage';
import { PrintQueue } from '../features/printing/PrintQueue';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFound, Welcome } from './Welcome';
import { Shell } from './Shell';

/**
 * Every view at its own address (see paths.ts). Hash history: the app is one file loaded
 * from app://, so the address lives after the '#', and the window's own history gives
 * Back and Forward.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: [
        { index: true, element: <Welcome /> },
        { path: 'today', element: <TodayPage /> },
        { path: 'opportunities/new', element: <NewOpportunityForm /> },
        { path: 'opportunities/:opportunityId', element: <OpportunityOverview /> },
        {
          path: 'opportunities/:opportunityId/interviews/:interviewId',
          element: <InterviewWorkspace />,
          children: [
            { index: true, element: <FollowThroughPart /> },
            { path: 'follow-through/:tab', element: <FollowThroughPart /> },
            { path: 'people/:personId/:section', element: <PersonPart /> },
            { path: 'next/:kind', element: <NextNoteRedirect /> },
          ],
        },
        { path: 'people', element: <PeopleDirectory /> },
        { path: 'people/:personId', element: <PeopleDirectory /> },
        { path: 'print', element: <PrintQueue /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
