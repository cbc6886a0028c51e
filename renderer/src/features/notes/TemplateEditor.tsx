import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mergeFields, type NoteTemplate, type TemplateKind, type TemplateStage } from '../../../../shared/notes/note-templates';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { noteKeys, useTemplates } from './queries';

interface Draft {
  id?: string;
  name: string;
  kind: TemplateKind;
  stage: TemplateStage;
  subject: string;
  body: string;
}

const stageNames: Record<TemplateStage, string> = {
  'thank-you': 'Thank-you after the interview',
  feedback: 'Feedback request after a rejection',
  'follow-up': 'Follow-up with a new idea',
};

const fieldList = Object.entries(mergeFields)
  .map(([key, label]) => `{{${key}}} ${label}`)
  .join(' · ');

/** The user's own templates: start from a built-in one or from scratch, with merge fields. */
export function TemplateEditor() {
  const client = useQueryClient();
  const templates = useTemplates().data ?? [];
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<NoteTemplate | null>(null);
  const own = templates.filter((t) => !t.builtIn);

  const reload = () => client.invalidateQueries({ queryKey: noteKeys.templates() });

  async function save() {
    if (!draft) return;
    const r = await api['noteTemplates.save']({ ...draft });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setDraft(null);
    await reload();
  }

  async function remove(id: string) {
    setDeleting(null);
    const r = await api['noteTemplates.delete']({ id });
    if (!r.ok) return setError(r.error.message);
    await reload();
  }

  return (
    <details className="template-editor">
      <summary>Your templates</summary>
      {own.length === 0 ? <p className="empty">No templates of your own yet. Copy a built-in one and make it yours.</p> : null}
      <ul className="template-list" aria-label="Your templates">
        {own.map((t) => (
          <li key={t.id}>
            <span>
              {t.name} <span className="muted">({t.kind === 'email' ? 'Thank-you email' : 'Letter'})</span>
            </span>
            <span className="actions">
              <button type="button" onClick={() => setDraft({ id: t.id, name: t.name, kind: t.kind, stage: t.stage, subject: t.subject, body: t.body })}>
                Edit
              </button>
              <button type="button" className="danger-quiet" onClick={() => setDeleting(t)}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      {draft ? (
        <div className="panel inset">
          <Field label="Template name" value={draft.name} maxLength={200} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <div className="field">
            <label htmlFor="template-kind">For</label>
            <select id="template-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as TemplateKind })}>
              <option value="email">Thank-you email</option>
              <option value="letter">Letter</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="template-stage">When</label>
            <select id="template-stage" value={draft.stage} onChange={(e) => setDraft({ ...draft, stage: e.target.value as TemplateStage })}>
              {(Object.keys(stageNames) as TemplateStage[]).map((stage) => (
                <option key={stage} value={stage}>
                  {stageNames[stage]}
                </option>
              ))}
            </select>
          </div>
          {draft.kind === 'email' ? (
            <Field label="Subject" value={draft.subject} maxLength={500} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
          ) : null}
          <TextAreaField label="Template text" value={draft.body} rows={10} maxLength={20000} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          <p className="hint">Fields: {fieldList}. Anything in [square brackets] is a gap to fill in each time.</p>
          <FormError error={error} />
          <div className="actions">
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void save()}>
              Save template
            </button>
          </div>
        </div>
      ) : (
        <div className="actions template-start">
          {templates
            .filter((t) => t.builtIn)
            .map((t) => (
              <button
                key={t.id}
                type="button"
                onClick={() => setDraft({ name: `My ${t.name.toLowerCase()}`, kind: t.kind, stage: t.stage, subject: t.subject, body: t.body })}
              >
                Copy “{t.name}”
              </button>
            ))}
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          title="Delete this template?"
          message={`“${deleting.name}” will be gone from the template list. Notes already written from it stay as they are.`}
          confirmLabel="Delete template"
          onConfirm={() => void remove(deleting.id)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </details>
  );
}
