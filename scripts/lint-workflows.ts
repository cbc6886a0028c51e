/**
 * Part of `npm run lint`: every GitHub Actions workflow in .github/workflows is checked
 * against the workflow schema (SchemaStore's, compiled into @action-validator/core's
 * WebAssembly, so it runs offline), and each problem is printed with the file and the
 * place in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';

/** Leaf problems; of the branches of a one-of, the one with the fewest is the shape that was meant. */
function leafErrors(errors: readonly ValidationError[]): ValidationError[] {
  return errors.flatMap((error) => {
    const states = 'states' in error ? error.states : undefined;
    if (!states?.length) return [error];
    const branches = states.map((state) => leafErrors(state.errors)).sort((a, b) => a.length - b.length);
    return branches[0]?.length ? branches[0] : [error];
  });
}

function place(error: ValidationError): string {
  if ('path' in error) return error.path || '/';
  return error.location ? `line ${error.location.line}, column ${error.location.column}` : 'the file';
}

/** What is wrong with one workflow file, one line per problem; empty when it is valid. */
export function workflowProblems(file: string, shownAs = file): string[] {
  const result = validateWorkflow(fs.readFileSync(file, 'utf8'));
  const problems = leafErrors(result.errors).map((error) => `${shownAs}: ${place(error)}: ${error.detail ?? error.title}`);
  return [...new Set(problems)];
}

export function workflowFiles(root: string): string[] {
  const dir = path.join(root, '.github', 'workflows');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

function main(): number {
  const root = path.resolve(__dirname, '..');
  const files = workflowFiles(root);
  if (files.length === 0) {
    console.error('No workflow files in .github/workflows to check.');
    return 1;
  }
  const problems = files.flatMap((file) => workflowProblems(file, path.relative(root, file)));
  for (const problem of problems) console.error(problem);
  return problems.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main();
