/**
 * The message of anything thrown, without a stack trace: a value that is not an Error still ends the
 * run with a message instead of leaving the step green.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return `Unexpected failure: ${JSON.stringify(error)}`
  } catch {
    return 'Unexpected failure of an unknown kind.'
  }
}

/** The process holds as many open files as it may (EMFILE), or the system does (ENFILE). */
export function isOutOfFileDescriptors(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EMFILE' || code === 'ENFILE'
}

export const RAISE_OPEN_FILES = 'The process ran out of file descriptors: raise the open-files limit (ulimit -n) for the step.'
