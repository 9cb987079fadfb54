// What a new password must be beyond the schema's length rules (8 to 256 characters): not one of
// the few thousand passwords guessers try first (common-passwords.ts). Compared case-insensitively
// and with surrounding spaces ignored, so "Password1" and " qwertyuiop " are refused too.
import { AppError } from '../../errors.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

const COMMON = new Set(
  COMMON_PASSWORDS.split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);

export const COMMON_PASSWORD_MESSAGE = 'is one of the most common passwords, which are guessed first; choose a less predictable one';

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}

/** Throws WEAK_PASSWORD (400, with a field detail like schema errors) for a common password. */
export function assertAcceptablePassword(password: string): void {
  if (isCommonPassword(password)) {
    throw new AppError(400, 'WEAK_PASSWORD', `the password ${COMMON_PASSWORD_MESSAGE}`, [{ field: 'password', in: 'body', message: COMMON_PASSWORD_MESSAGE }]);
  }
}
