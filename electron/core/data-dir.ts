import path from 'node:path';

/**
 * Where Afterword keeps its database and log: AFTERWORD_DATA_DIR when set (tests,
 * portable installs), otherwise the folder the platform gives the app (Electron's userData).
 */
export function resolveDataDir(env: Record<string, string | undefined>, platformDefault: string): string {
  const override = env.AFTERWORD_DATA_DIR?.trim();
  return path.resolve(override ? override : platformDefault);
}
