import { quoted } from '../../../../shared/domain/excerpt';

/**
 * Warnings an import shows in its preview without refusing the file: the contact is
 * imported, and the user is told what was left out and where it came from.
 */
export function unknownCountryWarning(where: string, countryAsWritten: string): string {
  return `${where}: the country ${quoted(countryAsWritten)} is not recognised, so the address is imported without a country. Choose it on the person's card after importing.`;
}
