/**
 * What a password a person chooses must be (OWASP ASVS 2.1 / NIST SP 800-63B): long rather than
 * composed — at least 12 characters, any characters (spaces and Japanese included), at most 128 —
 * and not guessable from the account or from the most common choices. The message says what to fix,
 * in Japanese; null when the password is acceptable.
 */
export const minPasswordLength = 12;
export const maxPasswordLength = 128;

// The passwords tried first by anyone guessing, and the words of this product and its demo city.
const common = [
  "password",
  "passw0rd",
  "qwerty",
  "123456",
  "abc123",
  "letmein",
  "welcome",
  "admin",
  "iloveyou",
  "kakanai",
  "shinonome",
  "shiyakusho",
  "yakuba",
];

export function passwordProblem(
  password: string,
  account: { loginId: string; name?: string },
): string | null {
  const length = [...password].length;
  if (length < minPasswordLength) return `パスワードは${minPasswordLength}文字以上にしてください。`;
  if (length > maxPasswordLength) return `パスワードは${maxPasswordLength}文字以内にしてください。`;
  if (password.trim() !== password) return "パスワードの最初と最後に空白は使えません。";
  if (new Set(password).size < 5)
    return "同じ文字の繰り返しが多すぎます。もっと推測されにくいパスワードにしてください。";
  const lower = password.toLowerCase().normalize("NFKC");
  const loginId = account.loginId.toLowerCase();
  if (loginId.length >= 3 && lower.includes(loginId)) return "ログインIDを含むパスワードは使えません。";
  const name = account.name?.replace(/\s/g, "");
  if (name && name.length >= 2 && lower.replace(/\s/g, "").includes(name.toLowerCase()))
    return "氏名を含むパスワードは使えません。";
  if (
    common.some((word) => lower.includes(word)) ||
    /^(\d)+$|0123|1234|2345|3456|4567|5678|6789|abcd/.test(lower)
  )
    return "よく使われる語や並びを含むパスワードは推測されやすいため使えません。";
  return null;
}
