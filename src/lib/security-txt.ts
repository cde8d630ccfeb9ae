/** The text of /.well-known/security.txt (RFC 9116). */
export function securityTxt({ contact, canonical, asOf }: { contact: string; canonical: string; asOf: string }): string {
  const expires = new Date(`${asOf}T00:00:00Z`);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: en',
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}
