import { useEffect, useState } from 'react';
import type { FollowThroughSettings as SettingsValue } from '../../../shared/api/follow-through/schemas';
import { api } from '../api';
import { Field } from '../components/Field';
import { SaveStatus } from '../components/SaveStatus';
import type { SaveState } from '../use-autosave';
import { hasRegions } from '../../../shared/follow-through/business-days';
import { TimeZoneField } from './TimeZoneField';
import './follow-through.css';

function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(code) ?? '';
  } catch {
    return '';
  }
}

/** Where the user is: their clock and the public holidays the plan skips. Saved field by field. */
export function FollowThroughSettings() {
  const [value, setValue] = useState<SettingsValue | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void api['followThrough.settings']({}).then((r) => {
      if (r.ok) setValue(r.value);
    });
  }, []);

  if (!value) return null;

  async function save(patch: Partial<SettingsValue>) {
    setState({ kind: 'saving' });
    const r = await api['followThrough.updateSettings'](patch);
    if (r.ok) {
      setValue(r.value);
      setState({ kind: 'saved' });
    } else setState({ kind: 'error', message: r.error.message, ...(r.error.field ? { field: r.error.field } : {}) });
  }
  const errorFor = (field: string) => (state.kind === 'error' && state.field === field ? state.message : undefined);

  const regional = hasRegions(value.country) && value.region === '';
  return (
    <section className="panel" aria-labelledby="settings-follow-through">
      <div className="ft-panel-head">
        <h3 id="settings-follow-through">Follow-up timing</h3>
        <SaveStatus state={state} />
      </div>
      <p className="hint">The plan after each interview uses your clock, and skips weekends and your country’s public holidays for the letters.</p>
      <div className="row">
        <TimeZoneField label="Your time zone" value={value.timeZone} error={errorFor('timeZone')} onSave={(timeZone) => void save({ timeZone })} />
        <CodeField
          label="Your country (for public holidays)"
          value={value.country}
          maxLength={2}
          placeholder="US"
          hint={countryName(value.country)}
          error={errorFor('country')}
          onSave={(country) => void save({ country })}
        />
        <CodeField
          label="Your region (optional)"
          value={value.region}
          maxLength={20}
          placeholder="e.g. ENG, SCT, CA"
          error={errorFor('region')}
          onSave={(region) => void save({ region })}
        />
      </div>
      {regional ? (
        <p className="ft-warning" role="note">
          No region set: only national holidays of {countryName(value.country) || value.country} are used. Add your region for the days off where you live
          {value.country === 'GB' ? ' (ENG for England, where the summer bank holiday is)' : ''}.
        </p>
      ) : null}
    </section>
  );
}

/**
 * A short upper-case code, controlled by the saved value: when the core changes it (a new
 * country clears the region), the field shows the change at once.
 */
function CodeField({ value, onSave, ...field }: { label: string; value: string; maxLength: number; placeholder: string; hint?: string; error: string | undefined; onSave(code: string): void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Field
      {...field}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        const code = text.trim().toUpperCase();
        if (code !== value) onSave(code);
      }}
    />
  );
}
