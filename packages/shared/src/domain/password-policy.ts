import { commonPasswords } from './common-passwords.ts';

export const minPasswordLength = 12;

/** The shortest part that the text is made of, repeated (`hejhejhej` → `hej`); the text itself when none. */
function repeatedUnit(text: string): string {
  const characters = [...text];
  for (let size = 1; size <= characters.length / 2; size++) {
    if (characters.length % size !== 0) continue;
    const unit = characters.slice(0, size).join('');
    if (unit.repeat(characters.length / size) === text) return unit;
  }
  return text;
}

/**
 * Whether a password, ignoring case and surrounding whitespace, is on the list of common passwords, is a listed
 * word with digits or signs before or after it (`Sommar2024!`), or repeats a listed word or a unit of at most
 * four characters (`qwertyqwerty`, `abcabcabcabc`).
 */
export function isCommonPassword(password: string): boolean {
  const key = password.trim().normalize('NFKC').toLocaleLowerCase('sv');
  const core = key.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const candidates = [key, core, repeatedUnit(key), repeatedUnit(core)];
  return (
    [...repeatedUnit(key)].length <= 4 ||
    candidates.some((candidate) => candidate !== '' && commonPasswords.has(candidate))
  );
}

/** What is wrong with a new password, as a Swedish message; null when it may be used. */
export function passwordProblem(password: string): string | null {
  if ([...password.trim()].length < minPasswordLength) {
    return `Lösenordet måste ha minst ${minPasswordLength} tecken utöver mellanslag först och sist`;
  }
  if (isCommonPassword(password)) {
    return 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna flera ord.';
  }
  return null;
}
