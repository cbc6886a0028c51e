import { searchFold } from './search-fold';

/**
 * One company as Afterword compares it: case and accents folded the same way everywhere
 * (in JS, never SQLite's ASCII-only lower()), spaces collapsed, so "Électricité SA",
 * "ELECTRICITÉ  SA" and "electricite sa" are the same company.
 */
export function companyKey(company: string): string {
  return searchFold(company).replace(/\s+/gu, ' ').trim();
}
