import { CountryComboBox } from '../../components/CountryComboBox';
import { Field } from '../../components/Field';
import type { AddressDraft } from './address-draft';

interface AddressFieldsProps {
  value: AddressDraft;
  onChange(next: AddressDraft): void;
  onBlur?(): void;
  /** Errors keyed by the API's field path (address.city, address.country…). */
  errorFor(field: string): string | undefined;
}

/** A structured international address: street lines, city, region, postal code, country. */
export function AddressFields({ value, onChange, onBlur, errorFor }: AddressFieldsProps) {
  const set = (key: Exclude<keyof AddressDraft, 'moreLines'>, v: string) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="address-fields">
      <legend>Address</legend>
      <Field
        label="Street and number"
        value={value.line1}
        onChange={(e) => set('line1', e.target.value)}
        onBlur={onBlur}
        maxLength={200}
        error={errorFor('address.lines.0')}
      />
      <div className="row">
        <Field
          label="Address line 2"
          value={value.line2}
          onChange={(e) => set('line2', e.target.value)}
          onBlur={onBlur}
          maxLength={200}
          hint="Building, floor, suite, district"
          error={errorFor('address.lines.1')}
        />
        <Field
          label="Address line 3"
          value={value.line3}
          onChange={(e) => set('line3', e.target.value)}
          onBlur={onBlur}
          maxLength={200}
          error={errorFor('address.lines.2')}
        />
      </div>
      <div className="row">
        <Field
          label="Postal code"
          value={value.postalCode}
          onChange={(e) => set('postalCode', e.target.value)}
          onBlur={onBlur}
          maxLength={20}
          error={errorFor('address.postalCode')}
        />
        <Field label="City" value={value.city} onChange={(e) => set('city', e.target.value)} onBlur={onBlur} maxLength={100} error={errorFor('address.city')} />
      </div>
      <div className="row">
        <Field
          label="Region"
          value={value.region}
          onChange={(e) => set('region', e.target.value)}
          onBlur={onBlur}
          maxLength={100}
          hint="State, province or prefecture"
          error={errorFor('address.region')}
        />
        <CountryComboBox label="Country" value={value.country} onChange={(v) => set('country', v)} onBlur={onBlur} error={errorFor('address.country')} />
      </div>
    </fieldset>
  );
}
