import { useMemo } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components';
import { COUNTRY_CODES } from '../../../shared/domain/country-codes';

interface Country {
  id: string;
  name: string;
}

/** Every country by the name the user's language gives it, sorted that way. */
export function useCountries(): Country[] {
  return useMemo(() => {
    const names = new Intl.DisplayNames([navigator.language || 'en'], { type: 'region' });
    return COUNTRY_CODES.map((code) => ({ id: code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name));
  }, []);
}

interface CountryComboBoxProps {
  label: string;
  /** ISO 3166-1 alpha-2, or '' for none. */
  value: string;
  onChange(code: string): void;
  onBlur?(): void;
  error?: string | undefined;
  /** Said when nothing is chosen. */
  emptyText?: string;
}

/**
 * A country typed, not scrolled for: type a few letters of its name (in any position) and
 * pick it with the arrow keys. Clearing the text chooses none.
 */
export function CountryComboBox({ label, value, onChange, onBlur, error, emptyText = 'Not given' }: CountryComboBoxProps) {
  const countries = useCountries();
  const { contains } = useFilter({ sensitivity: 'base' });
  return (
    <ComboBox
      className="field combo"
      items={countries}
      selectedKey={value || null}
      defaultFilter={contains}
      menuTrigger="focus"
      isInvalid={error ? true : undefined}
      onSelectionChange={(key) => onChange(key === null ? '' : String(key))}
      onInputChange={(text) => {
        if (text === '' && value !== '') onChange('');
      }}
      onBlur={onBlur}
    >
      <Label>{label}</Label>
      <div className="combo-input">
        <Input placeholder={emptyText} />
        <Button aria-label={`Show the list: ${label}`} className="combo-button">
          ▾
        </Button>
      </div>
      {error ? (
        <FieldError className="field-error">{error}</FieldError>
      ) : (
        <Text slot="description" className="sr-only">{`Type to find a country. ${value ? '' : emptyText + '.'}`}</Text>
      )}
      <Popover className="combo-popover" placement="bottom start">
        <ListBox<Country> className="combo-list">
          {(c) => (
            <ListBoxItem id={c.id} textValue={c.name} className="combo-option">
              {c.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
