import { useEffect, useState } from 'react';
import type { FollowThroughSettings as SettingsValue } from '../../../shared/api/follow-through-schemas';
import { api } from '../api';
import { Field } from '../components/Field';
import { SaveStatus } from '../components/SaveStatus';
import type { SaveState } from '../use-autosave';
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

  return (
    <section className="panel" aria-labelledby="settings-follow-through">
      <div className="ft-panel-head">
        <h3 id="settings-follow-through">Follow-up timing</h3>
        <SaveStatus state={state} />
      </div>
      <p className="hint">The plan after each interview uses your clock, and skips weekends and your country’s public holidays for the letters.</p>
      <div className="row">
        <Field
          label="Your time zone"
          list="ft-settings-zones"
          defaultValue={value.timeZone}
          error={errorFor('timeZone')}
          onBlur={(e) => e.target.value.trim() !== value.timeZone && void save({ timeZone: e.target.value.trim() })}
        />
        <Field
          label="Your country (for public holidays)"
          defaultValue={value.country}
          maxLength={2}
          placeholder="US"
          hint={countryName(value.country)}
          error={errorFor('country')}
          onBlur={(e) => e.target.value.trim().toUpperCase() !== value.country && void save({ country: e.target.value.trim().toUpperCase() })}
        />
        <Field
          label="Your region (optional)"
          defaultValue={value.region}
          maxLength={20}
          placeholder="e.g. ENG, SCT, CA"
          error={errorFor('region')}
          onBlur={(e) => e.target.value.trim().toUpperCase() !== value.region && void save({ region: e.target.value.trim().toUpperCase() })}
        />
      </div>
      <datalist id="ft-settings-zones">
        {Intl.supportedValuesOf('timeZone').map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </section>
  );
}
