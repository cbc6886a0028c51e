import type { Result } from '../../../shared/result';

/** The fields still to save, and the message beside each field that could not be saved. */
export interface FieldSaveOutcome {
  /** Keyed by the field the core named ("locale", "customLabelSheet.columns"). */
  errors: Record<string, string>;
}

/**
 * Saves only the fields the user changed, each on its own, so a 700 KB signature is not
 * sent again with every keystroke in "Your name" and one field the core refuses does not
 * hold back the others. Earlier errors of a field saved now are cleared.
 */
export async function saveChangedFields<T extends object>(
  changes: Partial<T>,
  save: (patch: Partial<T>) => Promise<Result<unknown>>,
  previous: Record<string, string> = {},
): Promise<FieldSaveOutcome> {
  const errors = { ...previous };
  for (const key of Object.keys(changes) as Array<keyof T & string>) {
    const result = await save({ [key]: changes[key] } as Partial<T>);
    for (const field of Object.keys(errors)) if (field === key || field.startsWith(`${key}.`)) delete errors[field];
    if (!result.ok) errors[result.error.field || key] = result.error.message;
  }
  return { errors };
}
