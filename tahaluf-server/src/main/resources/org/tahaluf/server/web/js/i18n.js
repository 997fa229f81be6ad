// The interface language: messages from messages.json (beside the modules, so from the same
// versioned path), the choice kept in localStorage.

let messages = { en: {}, ar: {} };
let current = localStorage.getItem('tahaluf.lang') === 'ar' ? 'ar' : 'en';

export async function loadMessages() {
  const response = await fetch(new URL('../messages.json', import.meta.url));
  messages = await response.json();
}

export function lang() {
  return current;
}

export function setLang(code) {
  current = code === 'ar' ? 'ar' : 'en';
  localStorage.setItem('tahaluf.lang', current);
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
}

export function t(key) {
  const value = messages[current][key];
  return value !== undefined ? value : (messages.en[key] !== undefined ? messages.en[key] : key);
}

/** An actor's or place's name in the interface language, else the other one, else the id. */
export function nameOf(named) {
  if (!named) return '';
  const name = named.name || {};
  return (current === 'ar' ? name.ar || name.en : name.en || name.ar) || named.id;
}

export function signWord(sign) {
  return t('sign.' + (sign > 0 ? 1 : sign < 0 ? -1 : 0));
}
