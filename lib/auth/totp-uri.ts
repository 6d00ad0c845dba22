/** The base32 secret inside an otpauth:// URI, for people who type it into their app by hand. */
export function secretFromOtpauthUri(uri: string): string {
  try {
    return new URL(uri).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}

/** The secret in groups of four, the way authenticator apps show and accept it. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
