import type { Result } from '../../shared/result';

export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

/** Places an API error beside the field it names, or at the top of the form. */
export function errorsFrom(result: Result<unknown>): FormErrors {
  if (result.ok) return { fields: {} };
  const { field, message } = result.error;
  return field ? { fields: { [field]: message } } : { fields: {}, form: message };
}
