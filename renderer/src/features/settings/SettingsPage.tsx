import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { EnvelopeSizeId, LabelSheetId, Settings as SettingsValue, SettingsPatch, SpellingEnglish } from '../../../../shared/api/settings/schemas';
import { ENVELOPE_SIZES } from '../../../../shared/print/envelope-layout';
import { api } from '../../api';
import { useFieldAutosave } from '../../autosave/use-field-autosave';
import { CountryComboBox } from '../../components/CountryComboBox';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import '../printing/print.css';
import { BackupsPanel } from '../backups/BackupsPanel';
import { YourDataPanel } from '../user-data/YourDataPanel';
import { FollowThroughSettings } from './FollowThroughSettings';
import { settingsKeys, useSettings } from './queries';

const MAX_SIGNATURE_BYTES = 500_000;

/** The sender on every letter and envelope, and how things print. Saved as you type. */
export function SettingsPage() {
  const client = useQueryClient();
  const loaded = useSettings();
  const [draft, setDraft] = useState<SettingsValue | null>(null);
  const [signatureError, setSignatureError] = useState<string | null>(null);
  const autosave = useFieldAutosave<SettingsPatch>(async (patch) => {
    const result = await api['settings.update'](patch);
    // Letters, notes and the print queue read the sender from here.
    if (result.ok) client.setQueryData(settingsKeys.all, result.value);
    return result;
  });

  // Filled once from what is stored; from then on the form holds the truth.
  useEffect(() => {
    if (loaded.data && !draft) setDraft(loaded.data);
  }, [loaded.data, draft]);

  if (loaded.error) return <FormError error={loaded.error} />;
  if (!draft) return null;

  function edit(patch: Partial<SettingsValue>) {
    setDraft({ ...draft!, ...patch });
    // Only the changed fields go, each alone: quick edits in two fields both land, and one
    // field the core refuses keeps its message without holding back the others.
    autosave.change(patch);
  }

  const errorFor = autosave.errorFor;

  function chooseSignature(file: File | undefined) {
    setSignatureError(null);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setSignatureError('Choose a PNG or JPEG picture of your signature.');
    if (file.size > MAX_SIGNATURE_BYTES) return setSignatureError('That picture is too large; at most about 500 KB.');
    const reader = new FileReader();
    reader.onload = () => edit({ signatureImage: String(reader.result) });
    reader.readAsDataURL(file);
  }

  const c = draft.customEnvelope;
  const s = draft.customLabelSheet;

  return (
    <div className="settings-page">
      <div className="detail-header">
        <h2 tabIndex={-1}>Settings</h2>
        <SaveStatus state={autosave.state} />
      </div>

      <section className="panel" aria-labelledby="settings-sender">
        <h3 id="settings-sender">You, as the sender</h3>
        <Field
          label="Your name"
          value={draft.yourName}
          error={errorFor('yourName')}
          onChange={(e) => edit({ yourName: e.target.value })}
          onBlur={() => void autosave.flush()}
        />
        <TextAreaField
          label="Return address"
          rows={3}
          value={draft.returnAddress}
          error={errorFor('returnAddress')}
          onChange={(e) => edit({ returnAddress: e.target.value })}
          onBlur={() => void autosave.flush()}
        />
        <div className="row">
          <Field label="Phone" value={draft.phone} error={errorFor('phone')} onChange={(e) => edit({ phone: e.target.value })} />
          <Field label="Email" type="email" value={draft.email} error={errorFor('email')} onChange={(e) => edit({ email: e.target.value })} />
        </div>
        <div className="row">
          <div className="field-with-hint">
            <CountryComboBox label="Your country for mail" value={draft.country} error={errorFor('country')} onChange={(country) => edit({ country })} />
            <span className="hint">Left off the address on mail within this country.</span>
          </div>
          <Field
            label="Language for dates"
            value={draft.locale}
            hint="For example en-US or de-DE."
            error={errorFor('locale')}
            onChange={(e) => edit({ locale: e.target.value })}
          />
        </div>
        <Field label="Closing" value={draft.closing} error={errorFor('closing')} onChange={(e) => edit({ closing: e.target.value })} />
        <SelectField<SpellingEnglish>
          label="Spelling"
          value={draft.spelling}
          hint="The dictionary that checks your notes."
          options={[
            { value: 'en-US', label: 'American English (color, organize)' },
            { value: 'en-GB', label: 'British English (colour, organise)' },
          ]}
          onChange={(spelling) => edit({ spelling })}
        />
        <div className="field">
          <label htmlFor="signature-file">Signature image (optional)</label>
          <input id="signature-file" type="file" accept="image/png,image/jpeg" onChange={(e) => chooseSignature(e.target.files?.[0])} />
          {signatureError ? (
            <span className="field-error" role="alert">
              {signatureError}
            </span>
          ) : null}
          {draft.signatureImage ? (
            <div className="row">
              <img className="signature-preview" src={draft.signatureImage} alt="Your signature as it will print" />
              <button type="button" onClick={() => edit({ signatureImage: null })}>
                Remove signature
              </button>
            </div>
          ) : (
            <span className="hint">Without one, letters leave space to sign by hand.</span>
          )}
        </div>
      </section>

      <FollowThroughSettings />
      <section className="panel" aria-labelledby="settings-paper">
        <h3 id="settings-paper">Paper, envelopes and labels</h3>
        <div className="row">
          <div className="field">
            <label htmlFor="settings-paper-size">Paper</label>
            <select id="settings-paper-size" value={draft.paper} onChange={(e) => edit({ paper: e.target.value as SettingsValue['paper'] })}>
              <option value="letter">US Letter (8½ × 11 in)</option>
              <option value="a4">A4 (210 × 297 mm), address for a DL window envelope</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="settings-envelope">Envelope</label>
            <select id="settings-envelope" value={draft.envelope} onChange={(e) => edit({ envelope: e.target.value as EnvelopeSizeId })}>
              {Object.entries(ENVELOPE_SIZES).map(([value, size]) => (
                <option key={value} value={value}>
                  {size.label}
                </option>
              ))}
              <option value="custom">Custom size</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="settings-labels">Labels</label>
            <select id="settings-labels" value={draft.labelSheet} onChange={(e) => edit({ labelSheet: e.target.value as LabelSheetId })}>
              <option value="avery-5160">Avery 5160 (US Letter, 30 labels)</option>
              <option value="avery-l7160">Avery L7160 (A4, 21 labels)</option>
              <option value="custom">Custom sheet</option>
            </select>
          </div>
        </div>
        {draft.envelope === 'custom' ? (
          <div className="row">
            <Field
              label="Envelope width (mm)"
              type="number"
              value={c.widthMm}
              error={errorFor('customEnvelope.widthMm')}
              onChange={(e) => edit({ customEnvelope: { ...c, widthMm: Number(e.target.value) } })}
            />
            <Field
              label="Envelope height (mm)"
              type="number"
              value={c.heightMm}
              error={errorFor('customEnvelope.heightMm')}
              onChange={(e) => edit({ customEnvelope: { ...c, heightMm: Number(e.target.value) } })}
            />
          </div>
        ) : null}
        <div className="row">
          <div className="field">
            <label htmlFor="settings-feed">Envelope feed</label>
            <select
              id="settings-feed"
              value={`${draft.envelopeFeed.orientation}-${draft.envelopeFeed.rotate180 ? 'flipped' : 'normal'}`}
              onChange={(e) => {
                const [orientation, turn] = e.target.value.split('-') as ['landscape' | 'portrait', string];
                edit({ envelopeFeed: { orientation, rotate180: turn === 'flipped' } });
              }}
            >
              <option value="landscape-normal">Long edge first, as seen (landscape)</option>
              <option value="landscape-flipped">Long edge first, turned upside down</option>
              <option value="portrait-normal">Short edge first, turned right (portrait)</option>
              <option value="portrait-flipped">Short edge first, turned left (portrait)</option>
            </select>
          </div>
        </div>
        {draft.labelSheet === 'custom' ? (
          <fieldset>
            <legend className="muted">Custom label sheet, as printed on the box (millimetres)</legend>
            <div className="row">
              <div className="field">
                <label htmlFor="sheet-paper">Sheet paper</label>
                <select id="sheet-paper" value={s.paper} onChange={(e) => edit({ customLabelSheet: { ...s, paper: e.target.value as 'letter' | 'a4' } })}>
                  <option value="letter">US Letter</option>
                  <option value="a4">A4</option>
                </select>
              </div>
              <Field
                label="Columns"
                type="number"
                value={s.columns}
                error={errorFor('customLabelSheet.columns')}
                onChange={(e) => edit({ customLabelSheet: { ...s, columns: Number(e.target.value) } })}
              />
              <Field
                label="Rows"
                type="number"
                value={s.rows}
                error={errorFor('customLabelSheet.rows')}
                onChange={(e) => edit({ customLabelSheet: { ...s, rows: Number(e.target.value) } })}
              />
            </div>
            <div className="row">
              <Field
                label="Label width"
                type="number"
                step="0.01"
                value={s.labelWidthMm}
                error={errorFor('customLabelSheet.labelWidthMm')}
                onChange={(e) => edit({ customLabelSheet: { ...s, labelWidthMm: Number(e.target.value) } })}
              />
              <Field
                label="Label height"
                type="number"
                step="0.01"
                value={s.labelHeightMm}
                error={errorFor('customLabelSheet.labelHeightMm')}
                onChange={(e) => edit({ customLabelSheet: { ...s, labelHeightMm: Number(e.target.value) } })}
              />
              <Field
                label="Top margin"
                type="number"
                step="0.01"
                value={s.topMarginMm}
                error={errorFor('customLabelSheet.topMarginMm')}
                onChange={(e) => edit({ customLabelSheet: { ...s, topMarginMm: Number(e.target.value) } })}
              />
              <Field
                label="Left margin"
                type="number"
                step="0.01"
                value={s.leftMarginMm}
                error={errorFor('customLabelSheet.leftMarginMm')}
                onChange={(e) => edit({ customLabelSheet: { ...s, leftMarginMm: Number(e.target.value) } })}
              />
            </div>
            <div className="row">
              <Field
                label="Horizontal pitch"
                type="number"
                step="0.01"
                value={s.horizontalPitchMm}
                error={errorFor('customLabelSheet.horizontalPitchMm')}
                onChange={(e) => edit({ customLabelSheet: { ...s, horizontalPitchMm: Number(e.target.value) } })}
              />
              <Field
                label="Vertical pitch"
                type="number"
                step="0.01"
                value={s.verticalPitchMm}
                error={errorFor('customLabelSheet.verticalPitchMm')}
                onChange={(e) => edit({ customLabelSheet: { ...s, verticalPitchMm: Number(e.target.value) } })}
              />
            </div>
          </fieldset>
        ) : null}
      </section>

      <BackupsPanel />
      <YourDataPanel />
    </div>
  );
}
