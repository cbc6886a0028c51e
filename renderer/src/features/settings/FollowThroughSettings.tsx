import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FollowThroughSettings as SettingsValue } from '../../../../shared/api/follow-through/schemas';
import { hasRegions } from '../../../../shared/follow-through/business-days';
import { api, ask } from '../../api';
import { useFieldAutosave } from '../../autosave/use-field-autosave';
import { Field } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { followThroughKeys, planKeys } from '../follow-through/queries';
import { TimeZoneField } from '../follow-through/TimeZoneField';
import '../follow-through/follow-through.css';

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
  const client = useQueryClient();
  const value = useQuery({ queryKey: followThroughKeys.settings(), queryFn: () => ask('followThrough.settings', {}) }).data;
  // Field by field, like the rest of Settings; the core's answer (a new country clears the region) shows at once.
  const autosave = useFieldAutosave<Partial<SettingsValue>>(async (patch) => {
    const result = await api['followThrough.updateSettings'](patch);
    if (result.ok) {
      client.setQueryData(followThroughKeys.settings(), result.value);
      void client.invalidateQueries({ queryKey: planKeys.all });
    }
    return result;
  });

  if (!value) return null;
  const save = (patch: Partial<SettingsValue>) => autosave.change(patch);
  const { state, errorFor } = autosave;

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
function CodeField({
  value,
  onSave,
  ...field
}: {
  label: string;
  value: string;
  maxLength: number;
  placeholder: string;
  hint?: string;
  error: string | undefined;
  onSave(code: string): void;
}) {
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
