/**
 * How a Cognito user attribute appears in a form: its label, autocomplete token and input type.
 * One map, so sign-up, new-password and the account page name an attribute the same way.
 */

export interface AttributeField {
  label: string;
  autoComplete: string;
  type: 'text' | 'tel' | 'date' | 'url' | 'email';
}

const KNOWN: Record<string, AttributeField> = {
  name: { label: 'Name', autoComplete: 'name', type: 'text' },
  given_name: { label: 'Given name', autoComplete: 'given-name', type: 'text' },
  family_name: { label: 'Family name', autoComplete: 'family-name', type: 'text' },
  middle_name: { label: 'Middle name', autoComplete: 'additional-name', type: 'text' },
  nickname: { label: 'Nickname', autoComplete: 'nickname', type: 'text' },
  preferred_username: { label: 'Preferred username', autoComplete: 'nickname', type: 'text' },
  phone_number: { label: 'Phone number', autoComplete: 'tel', type: 'tel' },
  birthdate: { label: 'Date of birth', autoComplete: 'bday', type: 'date' },
  gender: { label: 'Gender', autoComplete: 'sex', type: 'text' },
  locale: { label: 'Language', autoComplete: 'language', type: 'text' },
  zoneinfo: { label: 'Time zone', autoComplete: 'off', type: 'text' },
  address: { label: 'Address', autoComplete: 'street-address', type: 'text' },
  website: { label: 'Website', autoComplete: 'url', type: 'url' },
  profile: { label: 'Profile page', autoComplete: 'url', type: 'url' },
  picture: { label: 'Picture URL', autoComplete: 'photo', type: 'url' },
  email: { label: 'Email', autoComplete: 'email', type: 'email' },
  'custom:company': { label: 'Company', autoComplete: 'organization', type: 'text' },
};

/** The pool's optional company attribute (issue 15): asked at sign-up, editable on the account page. */
export const COMPANY_ATTRIBUTE = 'custom:company';

/** "custom:company_size" → "Company size". */
export function humanizeAttribute(attribute: string): string {
  const words = attribute
    .replace(/^custom:/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words === '' ? attribute : words.charAt(0).toUpperCase() + words.slice(1);
}

export function attributeField(attribute: string): AttributeField {
  return (
    KNOWN[attribute] ?? { label: humanizeAttribute(attribute), autoComplete: 'off', type: 'text' }
  );
}
