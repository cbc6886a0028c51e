import { useId, useMemo } from 'react';
import { COUNTRY_CODES } from '../../../../shared/domain/country-codes';
import { Field } from '../../components/Field';
import type { AddressDraft } from './address-draft';

interface AddressFieldsProps {
  value: AddressDraft;
  onChange(next: AddressDraft): void;
  onBlur?(): void;
  /** Errors keyed by the API's field path (address.city, address.country…). */
  errorFor(field: string): string | undefined;
}

export function useCountryOptions(): Array<{ code: string; name: string }> {
  return useMemo(() => {
    const names = new Intl.DisplayNames([navigator.language || 'en'], { type: 'region' });
    return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name));
  }, []);
}

/** A structured international address: street lines, city, region, postal code, country. */
export function AddressFields({ value, onChange, onBlur, errorFor }: AddressFieldsProps) {
  const countries = useCountryOptions();
  const countryId = useId();
  const set = (key: Exclude<keyof AddressDraft, 'moreLines'>, v: string) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="address-fields">
      <legend>Address</legend>
      <Field label="Street and number" value={value.line1} onChange={(e) => set('line1', e.target.value)} onBlur={onBlur} maxLength={200} error={errorFor('address.lines.0')} />
      <Field label="Address line 2" value={value.line2} onChange={(e) => set('line2', e.target.value)} onBlur={onBlur} maxLength={200} hint="Building, floor, suite, district" error={errorFor('address.lines.1')} />
      <Field label="Address line 3" value={value.line3} onChange={(e) => set('line3', e.target.value)} onBlur={onBlur} maxLength={200} error={errorFor('address.lines.2')} />
      <div className="row">
        <Field label="Postal code" value={value.postalCode} onChange={(e) => set('postalCode', e.target.value)} onBlur={onBlur} maxLength={20} error={errorFor('address.postalCode')} />
        <Field label="City" value={value.city} onChange={(e) => set('city', e.target.value)} onBlur={onBlur} maxLength={100} error={errorFor('address.city')} />
      </div>
      <div className="row">
        <Field label="Region" value={value.region} onChange={(e) => set('region', e.target.value)} onBlur={onBlur} maxLength={100} hint="State, province or prefecture" error={errorFor('address.region')} />
        <div className="field">
          <label htmlFor={countryId}>Country</label>
          <CountrySelect id={countryId} value={value.country} countries={countries} onChange={(v) => set('country', v)} onBlur={onBlur} />
          {errorFor('address.country') ? <span className="field-error" role="alert">{errorFor('address.country')}</span> : null}
        </div>
      </div>
    </fieldset>
  );
}

function CountrySelect(props: { id: string; value: string; countries: Array<{ code: string; name: string }>; onChange(v: string): void; onBlur?(): void }) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)} onBlur={props.onBlur}>
      <option value="">Not given</option>
      {props.countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
