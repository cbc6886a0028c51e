import { useMutation } from '@tanstack/react-query';
import type { Person } from '../../../../shared/api/people/schemas';
import { ask } from '../../api';

/** vCards of one person, or of everyone in an opportunity, through the save dialog; answers with what to say. */
export function useVcfExport() {
  return useMutation({
    mutationFn: async (who: [Person] | { opportunityId: string }) => {
      const result = Array.isArray(who) ? await ask('contacts.exportPerson', { id: who[0].id }) : await ask('contacts.exportOpportunity', who);
      return result.path ? `Saved ${result.count} contact${result.count === 1 ? '' : 's'} to ${result.path}` : null;
    },
  });
}
