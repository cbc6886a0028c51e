import { messageOf } from '../api';

/**
 * A message the person can act on, read out when it appears. Takes text, or anything a
 * query or mutation threw; shows nothing when there is nothing to say.
 */
export function FormError({ error }: { error: unknown }) {
  if (error === null || error === undefined || error === '' || error === false) return null;
  return (
    <p role="alert" className="form-error">
      {typeof error === 'string' ? error : messageOf(error)}
    </p>
  );
}
