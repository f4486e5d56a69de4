import { describe, expect, it } from 'vitest';
import { passwordSchema } from '../contracts/auth.ts';
import { isCommonPassword, passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it('counts the length without surrounding whitespace', () => {
    expect(passwordProblem(' '.repeat(12))).toMatch(/minst 12 tecken utöver mellanslag/);
    expect(passwordProblem('   kort-ord   ')).toMatch(/minst 12 tecken/);
    expect(passwordProblem('\u00a0\tett-bra-ord\n ')).toMatch(/minst 12 tecken/);
    expect(passwordProblem('  kaffe och kanelbulle  ')).toBeNull();
  });

  it('refuses common passwords, listed words with digits or signs around them, and repetitions', () => {
    for (const common of [
      'password1234',
      'Lösenord1234',
      'LÖSENORD2024!',
      'Sommar2024!!',
      '123456789012',
      'qwertyuiopasdfghjkl',
      'passwordpassword',
      'hejhejhejhej',
      'abcabcabcabc',
      'aaaaaaaaaaaa',
      '1q2w3e4r5t6y',
      '  Djurgården1891  ',
    ]) {
      expect(isCommonPassword(common), common).toBe(true);
    }
  });

  it('accepts long passwords that are not built from a common one', () => {
    for (const fine of [
      'ett-langt-testlosenord',
      'styr-demo-2026',
      'hästen äter blåbär',
      'Tre kaffe, tack!',
    ]) {
      expect(passwordProblem(fine), fine).toBeNull();
    }
  });

  it('is what the contract checks, one message per password', () => {
    const messages = (password: string) =>
      passwordSchema.safeParse(password).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages('kort')).toEqual(['Lösenordet måste ha minst 12 tecken']);
    expect(messages(' '.repeat(12))).toEqual([
      'Lösenordet måste ha minst 12 tecken utöver mellanslag först och sist',
    ]);
    expect(messages('Password1234')).toEqual([
      'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna flera ord.',
    ]);
    expect(messages('x'.repeat(201))).toEqual(['Lösenordet får ha högst 200 tecken']);
    expect(messages('ett-langt-testlosenord')).toEqual([]);
  });
});
