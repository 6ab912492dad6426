/**
 * How a Cognito user attribute appears in a form: its label, autocomplete token and input type.
 * One map, so sign-up, new-password and the account page name an attribute the same way.
 */
import { englishTranslator, type MessageKey, type Translator } from '../../i18n/translator';
import { ATTRIBUTE_MAX_LENGTH } from './validation';

export interface AttributeField {
  label: string;
  autoComplete: string;
  type: 'text' | 'tel' | 'date' | 'url' | 'email';
  /** Cognito's limit for the value, in characters. */
  maxLength: number;
}

type AttributeLabelKey = Extract<MessageKey, `form.attribute.${string}`>;
type KnownField = Omit<AttributeField, 'label' | 'maxLength'> & { label: AttributeLabelKey };

const KNOWN: Record<string, KnownField> = {
  name: { label: 'form.attribute.name', autoComplete: 'name', type: 'text' },
  given_name: { label: 'form.attribute.given_name', autoComplete: 'given-name', type: 'text' },
  family_name: { label: 'form.attribute.family_name', autoComplete: 'family-name', type: 'text' },
  middle_name: {
    label: 'form.attribute.middle_name',
    autoComplete: 'additional-name',
    type: 'text',
  },
  nickname: { label: 'form.attribute.nickname', autoComplete: 'nickname', type: 'text' },
  preferred_username: {
    label: 'form.attribute.preferred_username',
    autoComplete: 'nickname',
    type: 'text',
  },
  phone_number: { label: 'form.attribute.phone_number', autoComplete: 'tel', type: 'tel' },
  birthdate: { label: 'form.attribute.birthdate', autoComplete: 'bday', type: 'date' },
  gender: { label: 'form.attribute.gender', autoComplete: 'sex', type: 'text' },
  locale: { label: 'form.attribute.locale', autoComplete: 'language', type: 'text' },
  zoneinfo: { label: 'form.attribute.zoneinfo', autoComplete: 'off', type: 'text' },
  address: { label: 'form.attribute.address', autoComplete: 'street-address', type: 'text' },
  website: { label: 'form.attribute.website', autoComplete: 'url', type: 'url' },
  profile: { label: 'form.attribute.profile', autoComplete: 'url', type: 'url' },
  picture: { label: 'form.attribute.picture', autoComplete: 'photo', type: 'url' },
  email: { label: 'form.attribute.email', autoComplete: 'email', type: 'email' },
  'custom:company': {
    label: 'form.attribute.company',
    autoComplete: 'organization',
    type: 'text',
  },
};

/** The pool's optional company attribute (issue 15): asked at sign-up, editable on the account page. */
export const COMPANY_ATTRIBUTE = 'custom:company';

/** The company attribute's own limit (its schema in server/pool/definition.ts says 256). */
export const COMPANY_MAX_LENGTH = 256;

/** "custom:company_size" → "Company size": a pool's own attribute has no translation, only its name. */
export function humanizeAttribute(attribute: string): string {
  const words = attribute
    .replace(/^custom:/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words === '' ? attribute : words.charAt(0).toUpperCase() + words.slice(1);
}

export function attributeField(
  attribute: string,
  { t }: Pick<Translator, 't'> = englishTranslator,
): AttributeField {
  // An own-property check: a pool's attribute named "constructor" must not find Object's.
  const known = Object.hasOwn(KNOWN, attribute) ? KNOWN[attribute] : undefined;
  if (known === undefined) {
    return {
      label: humanizeAttribute(attribute),
      autoComplete: 'off',
      type: 'text',
      maxLength: ATTRIBUTE_MAX_LENGTH,
    };
  }
  const maxLength = attribute === COMPANY_ATTRIBUTE ? COMPANY_MAX_LENGTH : ATTRIBUTE_MAX_LENGTH;
  return { ...known, label: t(known.label), maxLength };
}
